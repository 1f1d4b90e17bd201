import CentryCore

// The decoder's side of a description: a field reads its key through its codec.

extension ObjectReader {
  /// Takes the key of field `info` (exact, case-insensitive or alias) and decodes its value.
  mutating func decode<Value>(_ info: FieldInfo, _ codec: ValueCodec<Value>) -> Located<Value>? {
    if let decodeField = codec.decodeField { return decodeField(&self, info) }
    guard let item = take(info.name, aliases: info.aliases) else { return nil }
    let site = DecodeSite(keyRange: item.keyRange, path: path.field(info.name), field: info.name, context: context)
    return codec.decodeValue(item.value, site)
  }
}

extension DecodeContext {
  /// A field CE's server structs lack (``EnterpriseOnly/rejectedByCE``) was written: the CLI
  /// accepts it, a Consul CE server rejects the entry while decoding (spec core-entries §1.4).
  func reportEnterpriseOnly(_ name: String, at range: SourceRange) {
    // The server classifies the unknown key as it does any other (spec decoding §1.6).
    let suffix = name.lowercased().hasSuffix("namespace") ? ", namespaces are a consul enterprise feature" : ""
    report(
      .enterpriseOnly, "`\(name)` is a Consul Enterprise field; Consul CE rejects this entry", at: range,
      help: "CE answers `invalid config key \"\(name)\"\(suffix)`; remove it for CE")
  }
}

extension FieldInfo {
  /// `Name` of an entry of a kind centry does not describe: the only field it reads there.
  static let unmodelledEntryName = FieldInfo(
    name: "Name", aliases: [], type: .string, json: .always, crd: .metadata("name"), defaultValue: nil,
    enterprise: .no, summary: "The entry's name.")
}
