import CentryAnalysis
import CentryCore
import CentryEmit
import CentryModel
import CentrySyntax

/// One config entry as a live Consul returned it (`GET /v1/config/:kind/:name`, or an element of
/// `GET /v1/config/:kind`), decoded leniently (spec decoding-and-api §4.2).
///
/// The server marshals its own `structs` types: the same CamelCase keys as the api body plus
/// `Hash`, `CreateIndex`, `ModifyIndex`, more zero fields (`"TransparentProxy":{}`,
/// `"Config":null`) and, on Enterprise, `Partition`/`Namespace`. Unknown keys are ignored here;
/// ``body`` is the entry re-encoded as the api body `consul config write` would send, so it compares
/// equal to an input's body when the two describe the same entry.
public struct LiveEntry: Sendable {
  public var kind: EntryKind
  /// The name Consul stores it under (`global` for proxy-defaults).
  public var name: String
  /// The typed entry; `nil` for a kind centry does not model.
  public var entry: ConfigEntry?
  /// The api body (`APIBodyEncoder`), or for an unmodelled kind the server's object without
  /// `Hash`.
  public var body: JSONValue
  public var createIndex: UInt64
  public var modifyIndex: UInt64

  /// The state-store identity.
  public var key: EntrySet.Key { EntrySet.Key(kind: kind, name: name) }

  /// What went wrong reading a response body.
  public struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// Decodes the body of `GET /v1/config/:kind/:name`.
  public static func decode(_ bytes: [UInt8]) -> Result<LiveEntry, Malformed> {
    switch CatalogJSON.parse(bytes) {
    case .failure(let error):
      return .failure(Malformed(message: "invalid JSON at byte \(error.offset): \(error.message)"))
    case .success(let value): return decode(value)
    }
  }

  /// Decodes the body of `GET /v1/config/:kind` (a JSON array; `null` counts as empty).
  public static func decodeList(_ bytes: [UInt8]) -> Result<[LiveEntry], Malformed> {
    switch CatalogJSON.parse(bytes) {
    case .failure(let error):
      return .failure(Malformed(message: "invalid JSON at byte \(error.offset): \(error.message)"))
    case .success(.null): return .success([])
    case .success(.array(let elements)):
      var entries: [LiveEntry] = []
      for (index, element) in elements.enumerated() {
        switch decode(element) {
        case .success(let entry): entries.append(entry)
        case .failure(let error): return .failure(Malformed(message: "element \(index): \(error.message)"))
        }
      }
      return .success(entries)
    case .success: return .failure(Malformed(message: "expected a JSON array of config entries"))
    }
  }

  /// Decodes one entry object.
  static func decode(_ value: CatalogJSON) -> Result<LiveEntry, Malformed> {
    guard case .object(let members) = value else {
      return .failure(Malformed(message: "expected a JSON object, found \(describe(value))"))
    }
    guard case .string(let kindText)? = value["Kind"] else {
      return .failure(Malformed(message: "the entry has no `Kind`"))
    }
    guard let kind = EntryKind(rawValue: kindText) else {
      return .failure(Malformed(message: "unknown kind `\(kindText)`"))
    }
    var name = ""
    if case .string(let text)? = value["Name"] { name = text }
    if kind == .proxyDefaults, name.isEmpty { name = "global" }
    let createIndex = index(value["CreateIndex"])
    let modifyIndex = index(value["ModifyIndex"])
    // Keys the api structs do not have: the server's content hash and its Enterprise defaults,
    // which a CE decoder would report.
    let dropped: Set<String> = ["Hash", "Partition", "Namespace"]
    let kept = members.filter { !dropped.contains($0.0) }
    guard kind.isModelled else {
      return .success(
        LiveEntry(
          kind: kind, name: name, entry: nil, body: jsonValue(.object(kept)), createIndex: createIndex,
          modifyIndex: modifyIndex))
    }
    let text = jsonValue(.object(kept)).serialized(.compact)
    let file = SourceFile(name: "consul:\(kind.rawValue)/\(name)", text: text)
    let parsed = Parser.parse(file, id: FileID(0))
    let decoded = EntryDecoder.decode(parsed.document)
    guard let entry = decoded.entries.first?.entry, let body = APIBodyEncoder.body(for: entry) else {
      return .failure(Malformed(message: "cannot decode the \(kind.rawValue) entry `\(name)`"))
    }
    return .success(
      LiveEntry(
        kind: kind, name: name, entry: entry, body: body, createIndex: createIndex, modifyIndex: modifyIndex))
  }

  /// The body as `consul config read` prints it: Go's `json.MarshalIndent(entry, "", "    ")`.
  public var readOutput: String {
    body.serialized(
      JSONWriteOptions(layout: .pretty(indent: 4), escapeHTML: true, escapeLineSeparators: true, trailingNewline: true))
  }

  /// The body as a source file for linting with other inputs (named `consul:KIND/NAME`).
  var sourceFile: SourceFile {
    SourceFile(name: "consul:\(kind.rawValue)/\(name)", text: body.serialized(.pretty))
  }

  private static func index(_ value: CatalogJSON?) -> UInt64 {
    guard case .number(_, let literal)? = value else { return 0 }
    return UInt64(literal) ?? 0
  }

  private static func describe(_ value: CatalogJSON) -> String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The same tree as a writer-side ``JSONValue`` (numbers keep their literal).
  static func jsonValue(_ value: CatalogJSON) -> JSONValue {
    switch value {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .number(_, let literal): .number(literal)
    case .string(let text): .string(text)
    case .array(let elements): .array(elements.map(jsonValue))
    case .object(let members): .object(members.map { ($0.0, jsonValue($0.1)) })
    }
  }
}
