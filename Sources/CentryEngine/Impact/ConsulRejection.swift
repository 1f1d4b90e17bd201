import CentryCore
import CentryModel
import CentrySyntax

/// Turns an error response of Consul's config endpoint into a diagnostic at the entry (and, where
/// the message names one, the field or value) that caused it.
///
/// Consul's texts (spec decoding-and-api §2.3) name fields and values in Go's `%q`:
/// `Request decoding failed: 1 error occurred:\n\t* invalid config key "Expose"`,
/// `service "web" does not have a subset named "v1"`, `discovery chain "web" uses a protocol "tcp"
/// …`. The last quoted text that is written in the entry as a key (or, failing that, as a string
/// value) is taken as the cause: it is the most specific one. Otherwise the diagnostic points at
/// the entry's `Kind`.
public enum ConsulRejection {
  /// The prefixes a client agent or an older server puts before the server's own text.
  static let transportPrefixes = ["rpc error making call: ", "Bad request: "]

  /// Consul's message without transport prefixes, with surrounding whitespace trimmed.
  static func bareMessage(_ body: String) -> String {
    var text = trimmed(body)
    var changed = true
    while changed {
      changed = false
      for prefix in transportPrefixes where text.hasPrefix(prefix) {
        text = String(text.dropFirst(prefix.count))
        changed = true
      }
    }
    return text
  }

  /// The diagnostic for `message` (a response body) about `entry`, found in `document`.
  public static func diagnostic(message: String, status: Int, entry: DecodedEntry, document: Document?) -> Diagnostic {
    let bare = bareMessage(message)
    let range = document.flatMap { locate(bare, in: $0, within: entry.range) } ?? entry.kindRange.range
    let name = entry.entry.effectiveName
    return Diagnostic(
      rule: .consulRejected, severity: .error,
      message: "Consul rejected \(entry.kind.rawValue) `\(name)` (\(status)): \(oneLine(bare))",
      range: range,
      help: status == 400
        ? "Consul could not decode the body centry sent; please report this as a centry bug"
        : "Consul's server-side checks refused the entry; centry's lint did not catch this")
  }

  /// The range of the key or string value the message names, inside `range`.
  static func locate(_ message: String, in document: Document, within range: SourceRange) -> SourceRange? {
    let quoted = quotedTexts(message)
    var keys: [ObjectKey] = []
    var strings: [StringLiteral] = []
    collect(document.body, keys: &keys, strings: &strings)
    let inside = { (candidate: SourceRange) in candidate.start >= range.start && candidate.end <= range.end }
    let keyFirst = message.contains("invalid config key")
    for text in quoted.reversed() {
      let key = keys.first { $0.name == text && inside($0.range) }?.range
      let value = strings.first { $0.value == text && inside($0.range) }?.range
      if let found = keyFirst ? (key ?? value) : (value ?? key) { return found }
    }
    return nil
  }

  /// The texts of Go `%q` strings in `message`, in order (escapes kept as written).
  static func quotedTexts(_ message: String) -> [String] {
    var result: [String] = []
    var current: String?
    var escaped = false
    for character in message {
      guard var text = current else {
        if character == "\"" { current = "" }
        continue
      }
      if escaped {
        text.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        result.append(text)
        current = nil
        continue
      } else {
        text.append(character)
      }
      current = text
    }
    return result
  }

  private static func collect(_ body: ObjectBody, keys: inout [ObjectKey], strings: inout [StringLiteral]) {
    for item in body.items {
      keys += item.keys
      collect(item.value, keys: &keys, strings: &strings)
    }
  }

  private static func collect(_ value: Value, keys: inout [ObjectKey], strings: inout [StringLiteral]) {
    switch value {
    case .string(let literal): strings.append(literal)
    case .list(let list): for element in list.elements { collect(element, keys: &keys, strings: &strings) }
    case .object(let object): collect(object.body, keys: &keys, strings: &strings)
    case .number, .bool, .null, .invalid: break
    }
  }

  /// Whitespace runs (Consul's multi-error bodies are multi-line) collapsed to one space.
  public static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == " " }).joined(separator: " ")
  }

  private static func trimmed(_ text: String) -> String {
    var scalars = Substring(text)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}

extension RuleID {
  /// Consul refused a write (`centry write`): reported from Consul's answer, not by a check, so
  /// it has no entry in the rule catalogue.
  public static let consulRejected = RuleID("consul-rejected")
}
