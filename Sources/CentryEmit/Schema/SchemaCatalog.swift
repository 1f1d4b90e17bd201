import CentryCore
import CentryModel

/// The output formats of `centry schema`.
public enum SchemaFormat: String, Sendable, CaseIterable {
  /// An aligned tree: field, alias, type, default, description.
  case text
  /// Every fact of every field, nested.
  case json
  /// A reference page (what `docs/kinds/KIND.md` holds).
  case markdown
}

/// The text of `centry schema` and `centry schema KIND`: the kinds' descriptions as a user reads
/// them (and what an editor's hover shows).
public enum SchemaCatalog {
  /// The described kinds, by name.
  public static var kinds: [StructInfo] {
    EntryKind.allCases.sorted().compactMap(\.schema)
  }

  /// The kinds Consul knows that centry does not describe yet.
  public static var undescribedKinds: [EntryKind] {
    EntryKind.allCases.sorted().filter { $0.schema == nil }
  }

  /// Every described kind with its summary.
  public static func list(_ format: SchemaFormat) -> String {
    let undescribed = undescribedKinds.map(\.rawValue)
    switch format {
    case .text:
      let rows = kinds.map { [$0.kindName, $0.goName, $0.summary] }
      return table(header: ["KIND", "CONSUL STRUCT", "SUMMARY"], rows: rows)
        + "\nNot described yet: \(undescribed.joined(separator: ", ")).\n"
    case .json:
      let value = JSONValue.object([
        ("kinds", .array(kinds.map { .object(header($0)) })),
        ("undescribed", .array(undescribed.map(JSONValue.string))),
      ])
      return value.serialized(.pretty)
    case .markdown:
      var out = "# Config entry kinds\n\n| Kind | Consul struct | Summary |\n|---|---|---|\n"
      for info in kinds {
        out += "| [`\(info.kindName)`](\(info.kindName).md) | `\(info.goName)` | \(info.summary) |\n"
      }
      return out + "\nNot described yet: \(undescribed.map { "`\($0)`" }.joined(separator: ", ")).\n"
    }
  }

  /// One kind's fields in `format`.
  public static func describe(_ info: StructInfo, _ format: SchemaFormat) -> String {
    switch format {
    case .text: text(info)
    case .json: JSONValue.object(header(info) + [("fields", fieldsJSON(info))]).serialized(.pretty)
    case .markdown: markdown(info)
    }
  }

  /// The described kind spelt `name`, or the reason there is none (with a did-you-mean).
  public static func lookup(_ name: String) -> Result<StructInfo, LookupFailure> {
    if let kind = EntryKind(rawValue: name) {
      guard let info = kind.schema else { return .failure(.undescribed(kind)) }
      return .success(info)
    }
    let names = EntryKind.allCases.map(\.rawValue)
    let guess = names.first { $0 == name.lowercased() } ?? FieldSuggester.best(for: name, among: names)
    return .failure(.unknown(name, guess: guess))
  }

  /// Why ``lookup(_:)`` found no description.
  public enum LookupFailure: Error, Sendable {
    case unknown(String, guess: String?)
    case undescribed(EntryKind)

    public var message: String {
      switch self {
      case .unknown(let name, let guess):
        "unknown kind `\(name)`" + (guess.map { "; did you mean `\($0)`?" } ?? "")
          + " (`centry schema` lists them all)"
      case .undescribed(let kind): "centry does not describe `\(kind.rawValue)` entries yet"
      }
    }
  }

  // MARK: - Text

  private static func text(_ info: StructInfo) -> String {
    var rows: [[String]] = [["Kind", "-", "string", "-", "Must be `\(info.kindName)`."]]
    func add(_ fields: [FieldInfo], depth: Int) {
      for field in fields {
        let name = String(repeating: "  ", count: depth) + field.name
        rows.append([
          name, field.alias ?? "-", field.type.name, field.defaultValue ?? "-", enterpriseNote(field) + field.summary,
        ])
        if let nested = field.type.structInfo { add(nested.fields, depth: depth + 1) }
      }
    }
    add(info.fields, depth: 0)
    return "\(info.kindName): \(info.summary)\n\n"
      + table(header: ["FIELD", "ALIAS", "TYPE", "DEFAULT", "DESCRIPTION"], rows: rows)
  }

  private static func enterpriseNote(_ field: FieldInfo) -> String {
    switch field.enterprise {
    case .no: ""
    case .yes: "(Enterprise) "
    case .rejectedByCE: "(Enterprise; a CE server rejects the entry) "
    }
  }

  /// Columns padded to their widest cell; the last column is not padded.
  private static func table(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        column == row.count - 1
          ? row[column] : row[column] + String(repeating: " ", count: widths[column] - row[column].count)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  // MARK: - JSON

  private static func header(_ info: StructInfo) -> [(key: String, value: JSONValue)] {
    [
      ("kind", .string(info.kindName)), ("crdKind", .string(info.crdKindName)), ("struct", .string(info.goName)),
      ("summary", .string(info.summary)),
    ]
  }

  private static func fieldsJSON(_ info: StructInfo) -> JSONValue {
    .array(
      info.fields.map { field in
        var members: [(key: String, value: JSONValue)] = [
          ("name", .string(field.name)), ("alias", .string(field.alias)), ("type", .string(field.type.name)),
          ("default", .string(field.defaultValue)), ("enterprise", .string(field.enterprise.name)),
          ("json", jsonRule(field.json)), ("crd", .string(field.crdPath)), ("summary", .string(field.summary)),
        ]
        if let nested = field.type.structInfo {
          members += [("struct", .string(nested.goName)), ("fields", fieldsJSON(nested))]
        }
        return .object(members)
      })
  }

  private static func jsonRule(_ rule: JSONRule) -> JSONValue {
    .object([
      ("omitempty", .bool(rule.omitEmpty)), ("pointer", .bool(rule.pointer)),
      ("durationString", .bool(rule.marshalledAsString)), ("after", .string(rule.after)),
    ])
  }

  // MARK: - Markdown

  private static func markdown(_ info: StructInfo) -> String {
    var out = """
      # `\(info.kindName)`

      \(info.summary)

      Consul's api struct: `\(info.goName)`; consul-k8s resource: `\(info.crdKindName)`. Field names \
      match in any letter case; a snake_case spelling works only where one is listed, and only at \
      its own level. A path shows nesting as Consul's documentation does: `[]` a list element, \
      `{}` an object or a map value.

      | Field | snake_case | Type | Default | JSON body | CRD key | Description |
      |---|---|---|---|---|---|---|
      | `Kind` | | string | | \(kindPlacement(info)) | `kind: \(info.crdKindName)` | Must be `\(info.kindName)`. |

      """
    /// `prefix`/`crdPrefix`: the parent's path in each notation; `crdPrefix` is `nil` below a
    /// field the resource omits.
    func add(_ fields: [FieldInfo], prefix: String, crdPrefix: String?) {
      for field in fields {
        let path = prefix + field.name
        var crdPath: String?
        switch field.crd {
        case .key(let key): crdPath = crdPrefix.map { $0 + key }
        case .metadata(let key): crdPath = "metadata." + key
        case .omitted: crdPath = nil
        }
        let alias: String = field.alias.map { "`\($0)`" } ?? ""
        let defaultValue: String = field.defaultValue.map { "`\($0)`" } ?? ""
        let crd: String = crdPath.map { "`\($0)`" } ?? "—"
        let cells: [String] = [
          "`\(path)`", alias, field.type.name, defaultValue, jsonSummary(field), crd,
          enterpriseNote(field) + field.summary,
        ]
        out += "| " + cells.joined(separator: " | ") + " |\n"
        if let nested = field.type.structInfo {
          // Resource paths are YAML paths: a nested object adds no marker.
          let crdSuffix = field.type.isObject ? "" : field.type.pathSuffix
          add(
            nested.fields, prefix: path + field.type.pathSuffix + ".", crdPrefix: crdPath.map { $0 + crdSuffix + "." })
        }
      }
    }
    add(info.fields, prefix: "", crdPrefix: "spec.")
    return out
  }

  /// Where the JSON body writes `Kind`: first, or after the durations an api `MarshalJSON` writes
  /// first (service-resolver).
  private static func kindPlacement(_ info: StructInfo) -> String {
    if case .kind? = info.jsonOrder.first { return "always, first" }
    return "always, after the string durations"
  }

  /// How the JSON body writes a field, in a few words.
  private static func jsonSummary(_ field: FieldInfo) -> String {
    let rule = field.json
    var words: [String]
    switch (rule.pointer, rule.omitEmpty, field.type) {
    case (true, true, _): words = ["when set"]
    case (true, false, _): words = ["`null` when unset"]
    case (false, _, .object): words = ["always (zero when unset)"]
    case (false, true, _): words = ["omitted when empty"]
    case (false, false, .list), (false, false, .map), (false, false, .any): words = ["always (`null` when unset)"]
    case (false, false, _): words = ["always"]
    }
    if case .duration = field.type {
      words.append(rule.marshalledAsString ? "Go duration string, first" : "nanoseconds")
    }
    if case .map = field.type { words.append("keys sorted") }
    if let after = rule.after { words.append("after `\(after)`") }
    return words.joined(separator: "; ")
  }
}

extension StructInfo {
  /// The kind's name (`service-router`), or the struct's Go name for a nested struct.
  var kindName: String { kind?.rawValue ?? goName }

  /// consul-k8s' resource kind: the kind's words capitalised (`ServiceRouter`).
  var crdKindName: String {
    kindName.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}

extension FieldInfo {
  /// The custom-resource key (`metadata.name` for a metadata field), `nil` when the resource has none.
  var crdPath: String? {
    switch crd {
    case .key(let key): key
    case .metadata(let key): "metadata." + key
    case .omitted: nil
    }
  }
}

extension FieldType {
  /// What a path adds after a field of this type before its nested fields: `[]` for a list
  /// element, `{}` for an object or a map value (Consul's documentation's notation).
  var pathSuffix: String {
    switch self {
    case .list: "[]"
    case .map, .object: "{}"
    case .string, .bool, .int, .uint32, .uint64, .float32, .duration, .any: ""
    }
  }
}

extension FieldType {
  fileprivate var isObject: Bool {
    if case .object = self { return true }
    return false
  }
}

extension EnterpriseOnly {
  /// The spelling `centry schema --format json` uses.
  var name: String {
    switch self {
    case .no: "no"
    case .yes: "yes"
    case .rejectedByCE: "rejected-by-ce"
    }
  }
}
