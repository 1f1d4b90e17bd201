/// An ordered JSON tree with a deterministic writer.
///
/// Objects keep their members in the order they were built (never a `Dictionary`), so the same
/// value always gives the same bytes. Used by the `json` and `sarif` renderers and by the Consul
/// API body emitter.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// Written in Go's `encoding/json` float64 spelling (shortest round-trip digits, exponent form
  /// only below 1e-6 or from 1e21); NaN and infinities are written as `null`.
  case double(Double)
  /// A number literal written verbatim (for example to keep `1.50` as the user spelled it).
  /// The caller guarantees it is a valid JSON number.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in output order. Duplicate keys are written as given.
  case object([(key: String, value: JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.int(let x), .int(let y)): x == y
    case (.double(let x), .double(let y)): x == y || (x.isNaN && y.isNaN)
    case (.number(let x), .number(let y)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.null, _), (.bool, _), (.int, _), (.double, _), (.number, _), (.string, _), (.array, _),
      (.object, _):
      false
    }
  }

  /// A `.string` or `.null` for an optional.
  public static func string(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }
}

/// How the writer lays out and escapes JSON.
public struct JSONWriteOptions: Sendable {
  public enum Layout: Sendable {
    /// No whitespace at all: `{"a":1,"b":[1,2]}`.
    case compact
    /// Go's `json.MarshalIndent(v, "", "  ")` layout: one member per line, `": "` after keys,
    /// empty arrays and objects as `[]` and `{}`.
    case pretty(indent: Int)
  }

  public var layout: Layout
  /// Escape `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, as Go's `encoding/json` does by
  /// default (`SetEscapeHTML(true)`); Consul's API client sends bodies encoded this way.
  public var escapeHTML: Bool
  /// Escape U+2028 and U+2029 as `\u2028` / `\u2029` (Go always does, for JavaScript safety).
  public var escapeLineSeparators: Bool
  /// Write a newline after the top-level value (as Go's `json.Encoder.Encode` does).
  public var trailingNewline: Bool

  public init(
    layout: Layout = .compact, escapeHTML: Bool = false, escapeLineSeparators: Bool = false,
    trailingNewline: Bool = false
  ) {
    self.layout = layout
    self.escapeHTML = escapeHTML
    self.escapeLineSeparators = escapeLineSeparators
    self.trailingNewline = trailingNewline
  }

  /// Plain, readable escaping (only what JSON requires), compact.
  public static let compact = JSONWriteOptions()
  /// Plain escaping, 2-space indentation, trailing newline: what centry prints for people.
  public static let pretty = JSONWriteOptions(layout: .pretty(indent: 2), trailingNewline: true)
  /// Byte-compatible with Go's `json.MarshalIndent(v, "", "  ")` for the same tree.
  public static let goIndented = JSONWriteOptions(
    layout: .pretty(indent: 2), escapeHTML: true, escapeLineSeparators: true)
}

extension JSONValue {
  /// The JSON text of this value. With `depth`, the text is written as if the value sat that many
  /// levels deep in a larger document (its inner lines indented accordingly, its first line not),
  /// so that texts written apart can be joined into the larger document byte for byte.
  public func serialized(_ options: JSONWriteOptions = .compact, depth: Int = 0) -> String {
    var out = ""
    write(into: &out, options: options, depth: depth)
    if options.trailingNewline { out += "\n" }
    return out
  }

  private func write(into out: inout String, options: JSONWriteOptions, depth: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value): out += GoNumberFormat.float64(value)
    case .number(let literal): out += literal
    case .string(let value): JSONValue.writeString(value, into: &out, options: options)
    case .array(let elements):
      if elements.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        newline(&out, options: options, depth: depth + 1)
        element.write(into: &out, options: options, depth: depth + 1)
      }
      newline(&out, options: options, depth: depth)
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        newline(&out, options: options, depth: depth + 1)
        JSONValue.writeString(member.key, into: &out, options: options)
        switch options.layout {
        case .compact: out += ":"
        case .pretty: out += ": "
        }
        member.value.write(into: &out, options: options, depth: depth + 1)
      }
      newline(&out, options: options, depth: depth)
      out += "}"
    }
  }

  private func newline(_ out: inout String, options: JSONWriteOptions, depth: Int) {
    switch options.layout {
    case .compact: break
    case .pretty(let indent):
      out += "\n"
      out += String(repeating: " ", count: indent * depth)
    }
  }

  private static let hexDigits = Array("0123456789abcdef")

  private static func writeString(_ value: String, into out: inout String, options: JSONWriteOptions) {
    out += "\""
    // Nearly every string of a config entry is printable ASCII with nothing to escape: copied
    // whole, without the per-scalar loop (the loop below decides the same for such strings).
    if value.utf8.allSatisfy({ byte in isVerbatimASCII(byte, escapeHTML: options.escapeHTML) }) {
      out += value
      out += "\""
      return
    }
    StringEscaping.append(value, to: &out) { scalar in
      if let common = StringEscaping.commonBackslashEscape(scalar) { return common }
      switch scalar {
      case "<" where options.escapeHTML, ">" where options.escapeHTML, "&" where options.escapeHTML:
        return unicodeEscape(scalar.value)
      case "\u{2028}" where options.escapeLineSeparators, "\u{2029}" where options.escapeLineSeparators:
        return unicodeEscape(scalar.value)
      default:
        return scalar.value < 0x20 ? unicodeEscape(scalar.value) : nil
      }
    }
    out += "\""
  }

  /// A printable ASCII byte that JSON writes as itself under these options.
  private static func isVerbatimASCII(_ byte: UInt8, escapeHTML: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): false
    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): !escapeHTML
    default: byte >= 0x20 && byte < 0x7F
    }
  }

  /// `\uXXXX`, four lower-case hex digits.
  private static func unicodeEscape(_ value: UInt32) -> String {
    var out = "\\u"
    for shift in stride(from: 12, through: 0, by: -4) {
      out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
    }
    return out
  }
}
