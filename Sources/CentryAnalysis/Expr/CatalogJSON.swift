import CentrySyntax

/// A parsed JSON value read from a service catalog file (a small deterministic reader; object
/// members keep their order). Distinct from the emitter's writer-side `JSONValue`.
public indirect enum CatalogJSON: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double, String)
  case string(String)
  case array([CatalogJSON])
  case object([(String, CatalogJSON)])

  public static func == (a: CatalogJSON, b: CatalogJSON) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x, _), .number(let y, _)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)): x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
    case (.null, _), (.bool, _), (.number, _), (.string, _), (.array, _), (.object, _): false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let value): hasher.combine(value)
    case .number(let value, _): hasher.combine(value)
    case .string(let value): hasher.combine(value)
    case .array(let values): hasher.combine(values)
    case .object(let pairs):
      for (key, value) in pairs {
        hasher.combine(key)
        hasher.combine(value)
      }
    }
  }

  /// The member `key` of an object (the last one when repeated).
  public subscript(key: String) -> CatalogJSON? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.last { $0.0 == key }?.1
  }

  /// A JSON syntax error with its byte offset.
  public struct ParseError: Error, Sendable, Hashable {
    public var message: String
    public var offset: Int
  }

  /// Parses one JSON document.
  public static func parse(_ bytes: [UInt8]) -> Result<CatalogJSON, ParseError> {
    var reader = Reader(bytes: bytes)
    do {
      reader.skipSpace()
      let value = try reader.value(depth: 0)
      reader.skipSpace()
      guard reader.index == bytes.count else {
        throw ParseError(message: "unexpected text after the JSON value", offset: reader.index)
      }
      return .success(value)
    } catch let error as ParseError {
      return .failure(error)
    } catch {
      return .failure(ParseError(message: "invalid JSON", offset: 0))
    }
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    func fail(_ message: String) -> ParseError { ParseError(message: message, offset: index) }

    mutating func value(depth: Int) throws -> CatalogJSON {
      guard depth < 512 else { throw fail("JSON nested too deeply") }
      guard index < bytes.count else { throw fail("unexpected end of JSON") }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        var pairs: [(String, CatalogJSON)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
        while true {
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
          let key = try string()
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected `:`") }
          index += 1
          skipSpace()
          pairs.append((key, try value(depth: depth + 1)))
          skipSpace()
          guard index < bytes.count else { throw fail("unexpected end of JSON") }
          if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
          if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
          throw fail("expected `,` or `}`")
        }
      case UInt8(ascii: "["):
        index += 1
        var elements: [CatalogJSON] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
          skipSpace()
          elements.append(try value(depth: depth + 1))
          skipSpace()
          guard index < bytes.count else { throw fail("unexpected end of JSON") }
          if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
          if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
          throw fail("expected `,` or `]`")
        }
      case UInt8(ascii: "\""):
        return .string(try string())
      case UInt8(ascii: "t"): try literal("true"); return .bool(true)
      case UInt8(ascii: "f"): try literal("false"); return .bool(false)
      case UInt8(ascii: "n"): try literal("null"); return .null
      default:
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard !text.isEmpty, let number = Double(text) else {
          index = start
          throw fail("unexpected character in JSON")
        }
        return .number(number, text)
      }
    }

    mutating func literal(_ word: String) throws {
      let utf8 = Array(word.utf8)
      guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
        throw fail("unexpected character in JSON")
      }
      index += utf8.count
    }

    mutating func string() throws -> String {
      index += 1
      var out: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return String(decoding: out, as: UTF8.self)
        }
        if byte != UInt8(ascii: "\\") {
          out.append(byte)
          index += 1
          continue
        }
        guard index + 1 < bytes.count else { break }
        let code = bytes[index + 1]
        index += 2
        if let control = StringDecoding.controlEscape(code) {
          out.append(control)
          continue
        }
        switch code {
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try hex4()
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
          }
          out += Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        default: out.append(code)
        }
      }
      throw fail("unterminated JSON string")
    }

    mutating func hex4() throws -> UInt32 {
      guard index + 4 <= bytes.count,
        let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else {
        throw fail("invalid `\\u` escape")
      }
      index += 4
      return value
    }
  }
}
