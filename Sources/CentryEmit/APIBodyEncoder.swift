import CentryCore
import CentryModel

/// The JSON body `consul config write` PUTs to `/v1/config` for a decoded entry (spec
/// decoding-and-api §4.1, core-entries Appendix A).
///
/// Mirrors Go's `encoding/json` on Consul's **api** structs, reading each field's ``JSONRule``
/// from the kind's description while walking the entry (``SchemaObject``): CamelCase keys in
/// struct declaration order, `omitempty` fields dropped when zero, struct-valued fields always
/// written (`"MeshGateway": {}`), pointers written whenever set, map keys sorted byte-wise,
/// durations as Go duration strings where the api type has a custom marshaller (which then come
/// first in their object) and as integer nanoseconds everywhere else, float32 weights in their
/// shortest float32 form. Values are sent as written (Consul's Normalize runs on the server):
/// `Protocol = "HTTP"` stays `"HTTP"`, weights are not rounded.
public enum APIBodyEncoder {
  /// The body for `entry`, or `nil` for a kind centry does not model.
  public static func body(for entry: ConfigEntry) -> JSONValue? {
    entry.walk().map(object)
  }

  /// Go's `json.MarshalIndent(v, "", "  ")` of the bodies plus a final newline: one object for one
  /// entry, an array for several (in input order). `nil` when any entry is of an unmodelled kind.
  public static func document(for entries: [ConfigEntry]) -> String? {
    guard entries.count != 1 else { return body(for: entries[0]).map { $0.serialized(.goIndented) + "\n" } }
    if entries.isEmpty { return "[]\n" }
    // Each body is encoded and written on its own, on every core (for a whole repository this is
    // nearly all of the work), as an element one level deep; joined, the texts are byte for byte
    // what writing the array in one piece gives.
    let texts = Parallel.map(entries, minimumPerChunk: 32) { entry in
      body(for: entry).map { $0.serialized(.goIndented, depth: 1) }
    }
    var document = "["
    for (index, text) in texts.enumerated() {
      guard let text else { return nil }
      document += index == 0 ? "\n  " : ",\n  "
      document += text
    }
    document += "\n]\n"
    return document
  }

  /// A struct: its members in Go's order (``StructInfo/jsonOrder``).
  static func object(_ walked: SchemaObject) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = []
    for slot in walked.info.jsonOrder {
      switch slot {
      case .kind(let kind): members.append(("Kind", .string(kind.rawValue)))
      case .field(let index):
        let field = walked.fields[index]
        if let value = member(field) { members.append((field.info.name, value)) }
      }
    }
    return .object(members)
  }

  /// One field's value, or `nil` when Go leaves it out.
  private static func member(_ field: WalkedField) -> JSONValue? {
    let rule = field.info.json
    guard let value = field.value?.value else { return absent(field.info) }
    if rule.omitEmpty, !rule.pointer, value.isGoZero { return nil }
    return json(value, rule)
  }

  /// What Go writes for a field the entry does not set: nothing, `null`, or the zero value.
  private static func absent(_ field: FieldInfo) -> JSONValue? {
    let rule = field.json
    switch field.type {
    // `omitempty` never drops a struct value: Go writes its zero (`"MeshGateway": {}`).
    case .object(let info) where !rule.pointer: return object(.empty(info))
    case .object, .list, .map, .any: return rule.omitEmpty ? nil : .null
    case .string, .bool, .int, .uint32, .uint64, .float32, .duration:
      if rule.omitEmpty { return nil }
      if rule.pointer { return .null }
      return zero(field.type, rule)
    }
  }

  private static func zero(_ type: FieldType, _ rule: JSONRule) -> JSONValue {
    switch type {
    case .string: .string("")
    case .bool: .bool(false)
    case .int, .uint32, .uint64: .int(0)
    case .float32: .number(GoNumberFormat.float32(0))
    case .duration: rule.marshalledAsString ? .string(GoFormat.duration(0)) : .int(0)
    case .object(let info): object(.empty(info))
    case .list, .map, .any: .null
    }
  }

  private static func json(_ value: SchemaValue, _ rule: JSONRule) -> JSONValue {
    switch value {
    case .string(let string): .string(string)
    case .bool(let bool): .bool(bool)
    case .int(let integer): self.integer(integer)
    case .uint(let integer): self.integer(integer)
    // Go's shortest float32 form (`33.33`, never `33.33000183105469`).
    case .float32(let double): .number(GoNumberFormat.float32(Float(double)))
    case .duration(let duration):
      rule.marshalledAsString ? .string(GoFormat.duration(duration.nanoseconds)) : .int(Int(duration.nanoseconds))
    case .list(let elements): .array(elements.map { json($0.value, rule) })
    case .map(let entries): sortedObject(entries) { json($0, rule) }
    case .object(let walked): object(walked)
    case .any(let opaque): self.opaque(opaque)
    }
  }

  /// An `interface{}` value: HCL integers stay integers, other numbers are float64.
  static func opaque(_ v: OpaqueValue) -> JSONValue {
    switch v {
    case .string(let string): .string(string)
    case .integer(let integer): .int(Int(integer))
    case .float(let double): .number(GoNumberFormat.float64(double))
    case .bool(let bool): .bool(bool)
    case .list(let list): .array(list.map { opaque($0.value) })
    case .object(let map): sortedObject(map.entries, opaque)
    case .null: .null
    }
  }

  /// Any Go integer as JSON (uint64 beyond `Int.max` written from its digits).
  private static func integer<T: BinaryInteger>(_ value: T) -> JSONValue {
    if let small = Int(exactly: value) { return .int(small) }
    return .number(String(value))
  }

  /// A Go map as an object with keys in byte order (what `encoding/json` does).
  private static func sortedObject<V>(_ entries: [MapEntry<V>], _ encode: (V) -> JSONValue) -> JSONValue {
    let sorted = entries.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
    return .object(sorted.map { ($0.key, encode($0.value.value)) })
  }
}

extension SchemaValue {
  /// Go's `isEmptyValue`, what `omitempty` drops: zero numbers, `false`, `""`, empty lists and
  /// maps. Structs are never empty to it.
  var isGoZero: Bool {
    switch self {
    case .string(let string): string.isEmpty
    case .bool(let bool): !bool
    case .int(let integer): integer == 0
    case .uint(let integer): integer == 0
    case .float32(let double): double == 0
    case .duration(let duration): duration.nanoseconds == 0
    case .list(let elements): elements.isEmpty
    case .map(let entries): entries.isEmpty
    case .object, .any: false
    }
  }
}
