import CentryCore

/// A deterministic, indented dump of a document for golden tests and debugging.
///
/// Every node shows its range as `line:col-line:col` (columns in Unicode scalars), so a golden
/// file proves both the tree shape and the positions.
public func dump(_ document: Document, in source: SourceFile) -> String {
  ASTDumper.dump(document, source: source)
}

/// ``dump(_:in:)`` under another argument label.
public func dump(_ document: Document, source: SourceFile) -> String { dump(document, in: source) }

/// The same dump without the source file: ranges appear as byte offsets `start..<end`.
public func dump(_ document: Document) -> String { ASTDumper.dump(document, source: nil) }

struct ASTDumper {
  let source: SourceFile?
  var text = ""

  /// The dump of `document`, its ranges as positions in `source`, or as byte offsets without one.
  static func dump(_ document: Document, source: SourceFile?) -> String {
    var out = ASTDumper(source: source)
    out.line(0, "document \(document.flavor.rawValue) \(out.span(document.body.range))")
    for (index, comment) in document.comments.enumerated() {
      out.line(1, "comment[\(index)] \(comment.style) \(out.span(comment.range)) \(debugQuoted(comment.text))")
    }
    out.body(document.body, 1)
    return out.text
  }

  mutating func line(_ indent: Int, _ content: String) {
    text += String(repeating: "  ", count: indent) + content + "\n"
  }

  func span(_ range: SourceRange) -> String {
    guard let source else { return "\(range.start)..<\(range.end)" }
    let start = source.position(at: range.start)
    let end = source.position(at: range.end)
    return "\(start.line):\(start.column)-\(end.line):\(end.column)"
  }

  mutating func body(_ body: ObjectBody, _ indent: Int) {
    for item in body.items {
      let keys = item.keys.map { key in
        (key.isQuoted ? debugQuoted(key.name) : key.name) + "@" + span(key.range)
      }.joined(separator: " ")
      var header = "item \(keys.isEmpty ? "<no key>" : keys)"
      if let assign = item.assign { header += " assign@\(span(assign))" }
      if !item.leadComments.isEmpty { header += " lead=\(item.leadComments)" }
      if let comment = item.lineComment { header += " line=\(comment)" }
      line(indent, header)
      value(item.value, indent + 1)
    }
  }

  mutating func value(_ value: Value, _ indent: Int) {
    switch value {
    case .string(let literal):
      switch literal.style {
      case .quoted:
        line(indent, "string \(span(literal.range)) \(debugQuoted(literal.value))")
      case .heredoc(let marker, let indented):
        line(indent, "heredoc<<\(indented ? "-" : "")\(marker) \(span(literal.range)) \(debugQuoted(literal.value))")
      }
    case .number(let literal):
      switch literal.value {
      case .integer(let integer):
        line(indent, "integer \(span(literal.range)) \(integer) (\(literal.text))")
      case .float(let double):
        line(indent, "float \(span(literal.range)) \(double) (\(literal.text))")
      }
    case .bool(let bool, let range):
      line(indent, "bool \(span(range)) \(bool)")
    case .list(let list):
      line(indent, "list \(span(list.range)) (\(list.elements.count))")
      for element in list.elements { self.value(element, indent + 1) }
    case .object(let object):
      line(indent, "object \(span(object.body.range)) (\(object.body.items.count))")
      body(object.body, indent + 1)
    case .null(let range):
      line(indent, "null \(span(range))")
    case .invalid(let range):
      line(indent, "invalid \(span(range))")
    }
  }
}

/// A string in double quotes with control characters escaped, for stable one-line output.
func debugQuoted(_ text: String) -> String {
  let escaped = StringEscaping.escaped(text) { scalar in
    if let common = StringEscaping.commonBackslashEscape(scalar) { return common }
    return scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : nil
  }
  return "\"" + escaped + "\""
}
