// A config entry as a small tree that renders to HCL or JSON in either key style, so that the
// generator describes each entry once and the corpus still mixes every way users write them.
// Strings are quoted with Go's `strconv.Quote` (`GoFormat.quote`): valid HCL and JSON for the
// ASCII text the generator writes.

import CentryCore

/// How an entry spells its field names: Consul accepts the CamelCase name (case-insensitively)
/// and, for some fields, a snake_case alias.
enum KeyStyle {
  case camel
  /// The snake_case alias where Consul has one, else the lower-cased CamelCase name.
  case snake
}

/// A key of an object: a struct field (spelled by style) or a data key (a Meta key, a subset
/// name …), which is never translated.
enum TreeKey {
  case field(String, alias: String?)
  case data(String)

  func spelled(_ style: KeyStyle) -> String {
    switch self {
    case .field(let camel, let alias):
      switch style {
      case .camel: return camel
      case .snake: return alias ?? camel.lowercased()
      }
    case .data(let key): return key
    }
  }
}

/// One value of an entry.
indirect enum TreeValue {
  case string(String)
  /// A multi-line string: an HCL heredoc (indented `<<-` or plain `<<`), a JSON string.
  case heredoc(String, indented: Bool)
  /// A number, already written as it should appear.
  case number(String)
  case bool(Bool)
  case list([TreeValue])
  case object([TreeField])
}

/// One `key = value` of an object, with an optional comment line written above it (HCL only).
struct TreeField {
  var key: TreeKey
  var value: TreeValue
  var comment: String?

  init(_ key: TreeKey, _ value: TreeValue, comment: String? = nil) {
    self.key = key
    self.value = value
    self.comment = comment
  }
}

/// Shorthands that keep the generator readable.
func field(_ camel: String, alias: String? = nil, _ value: TreeValue, comment: String? = nil) -> TreeField {
  TreeField(.field(camel, alias: alias), value, comment: comment)
}

func data(_ key: String, _ value: TreeValue, comment: String? = nil) -> TreeField {
  TreeField(.data(key), value, comment: comment)
}

func string(_ text: String) -> TreeValue { .string(text) }
func number(_ value: Int) -> TreeValue { .number(String(value)) }

/// Writes trees as HCL v1.
struct HCLWriter {
  var style: KeyStyle
  /// Object values as `Key { … }` blocks rather than `Key = { … }`.
  var blocks: Bool
  /// Alternates the comment markers (`#`, `//`, `/* */`) so that the lexer sees all three.
  var commentStyle: Int

  /// The entry as a whole file (its fields at the top level).
  func file(_ fields: [TreeField]) -> String {
    var out = ""
    body(fields, indent: "", into: &out)
    return out
  }

  /// The entry as one element of a list (`{ … }`), for a bootstrap file.
  func element(_ fields: [TreeField], indent: String) -> String {
    var out = "\(indent){\n"
    body(fields, indent: indent + "  ", into: &out)
    out += "\(indent)}"
    return out
  }

  private func body(_ fields: [TreeField], indent: String, into out: inout String) {
    // Align `=` within a run of scalar fields, as `consul` examples and hclfmt do.
    let width = fields.lazy.filter { !$0.value.isComposite }.map { key($0.key).count }.max() ?? 0
    for item in fields {
      if let comment = item.comment { out += self.comment(comment, indent: indent) }
      let name = key(item.key)
      switch item.value {
      case .object(let children) where blocks:
        out += "\(indent)\(name) {\n"
        body(children, indent: indent + "  ", into: &out)
        out += "\(indent)}\n"
      case .object, .list:
        out += "\(indent)\(name) = "
        value(item.value, indent: indent, into: &out)
        out += "\n"
      default:
        out += "\(indent)\(name)\(String(repeating: " ", count: max(0, width - name.count))) = "
        value(item.value, indent: indent, into: &out)
        out += "\n"
      }
    }
  }

  private func comment(_ text: String, indent: String) -> String {
    switch commentStyle % 3 {
    case 0: "\(indent)# \(text)\n"
    case 1: "\(indent)// \(text)\n"
    default: "\(indent)/* \(text) */\n"
    }
  }

  private func key(_ key: TreeKey) -> String {
    let text = key.spelled(style)
    let plain = text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || $0 == 95 }
    return plain ? text : GoFormat.quote(text)
  }

  private func value(_ value: TreeValue, indent: String, into out: inout String) {
    switch value {
    case .string(let text): out += GoFormat.quote(text)
    case .heredoc(let text, let indented):
      if indented {
        let inner = indent + "  "
        out += "<<-EOT\n"
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
          out += "\(inner)\(line)\n"
        }
        out += "\(inner)EOT"
      } else {
        out += "<<EOT\n\(text)EOT"
      }
    case .number(let text): out += text
    case .bool(let flag): out += flag ? "true" : "false"
    case .list(let items):
      if items.allSatisfy({ !$0.isComposite }) {
        var parts: [String] = []
        for item in items {
          var part = ""
          self.value(item, indent: indent, into: &part)
          parts.append(part)
        }
        out += "[" + parts.joined(separator: ", ") + "]"
      } else {
        out += "[\n"
        for item in items {
          out += "\(indent)  "
          self.value(item, indent: indent + "  ", into: &out)
          out += ",\n"
        }
        out += "\(indent)]"
      }
    case .object(let fields):
      out += "{\n"
      body(fields, indent: indent + "  ", into: &out)
      out += "\(indent)}"
    }
  }
}

/// Writes trees as JSON (comments dropped, heredocs as strings), indented by two spaces.
struct JSONWriter {
  var style: KeyStyle

  func file(_ fields: [TreeField]) -> String {
    var out = ""
    value(.object(fields), indent: "", into: &out)
    return out + "\n"
  }

  private func value(_ value: TreeValue, indent: String, into out: inout String) {
    switch value {
    case .string(let text), .heredoc(let text, _): out += GoFormat.quote(text)
    case .number(let text): out += text
    case .bool(let flag): out += flag ? "true" : "false"
    case .list(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += "\(indent)  "
        self.value(item, indent: indent + "  ", into: &out)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += "\(indent)]"
    case .object(let fields):
      out += "{\n"
      for (index, item) in fields.enumerated() {
        out += "\(indent)  \(GoFormat.quote(item.key.spelled(style))): "
        self.value(item.value, indent: indent + "  ", into: &out)
        out += index == fields.count - 1 ? "\n" : ",\n"
      }
      out += "\(indent)}"
    }
  }
}

extension TreeValue {
  var isComposite: Bool {
    switch self {
    case .list, .object: true
    case .string, .heredoc, .number, .bool: false
    }
  }
}
