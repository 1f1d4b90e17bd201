import CentryCore
import CentrySyntax

/// What decoding one document produced.
public struct DecodeResult: Sendable {
  public var entries: [DecodedEntry]
  public var diagnostics: [Diagnostic]
  /// How many entries the document holds, including ones that could not be decoded (no kind,
  /// unknown kind).
  public var entryCount: Int

  public init(entries: [DecodedEntry] = [], diagnostics: [Diagnostic] = [], entryCount: Int = 0) {
    self.entries = entries
    self.diagnostics = diagnostics
    self.entryCount = entryCount
  }
}

/// Turns a parsed document into typed config entries, as `consul config write` decodes a file
/// (spec decoding §1): find `Kind`/`kind`, then decode with block flattening, alias translation,
/// case-insensitive field matching, weak typing and unknown-key errors.
public enum EntryDecoder {
  /// Decodes `document`: one entry, or many for the agent-config form
  /// `config_entries { bootstrap = [...] }`. Never traps; problems are diagnostics. Runs on a
  /// stack deep enough for the parsers' nesting bound (`DeepStack`): decoding recurses as deep as
  /// the document.
  public static func decode(_ document: Document) -> DecodeResult {
    DeepStack.run { decodeInPlace(document) }
  }

  private static func decodeInPlace(_ document: Document) -> DecodeResult {
    let context = DecodeContext()
    var result = DecodeResult()
    let top = GenericValue.body(of: document, context: context)
    if top.items.isEmpty {
      // An empty (or comment-only, or unparseable) file holds no entry.
      result.diagnostics = context.diagnostics
      return result
    }
    if let bootstrap = bootstrapElements(top, context: context) {
      for (index, element) in bootstrap.enumerated() {
        result.entryCount += 1
        guard case .map(let map) = element.flattened else {
          context.typeMismatch(element, expected: "an object", path: DecodePath().field("bootstrap").index(index))
          continue
        }
        if let entry = decodeEntry(map, file: document.file, bootstrapIndex: index, context: context) {
          result.entries.append(entry)
        }
      }
    } else {
      result.entryCount = 1
      // After a syntax error the parser's recovery may have dropped the `Kind` line: do not add a
      // second error for what the first one already explains.
      context.suppressMissingKind = document.body.items.contains { item in
        if item.keys.isEmpty { return true }
        if case .invalid = item.value { return true }
        return false
      }
      if let entry = decodeEntry(top, file: document.file, bootstrapIndex: nil, context: context) {
        result.entries.append(entry)
      }
    }
    result.diagnostics = context.diagnostics
    return result
  }

  /// The elements of `config_entries { bootstrap = [...] }` when the file is an agent config
  /// (no top-level `Kind`/`kind`, a `config_entries` key); `nil` otherwise.
  private static func bootstrapElements(_ top: GenericMap, context: DecodeContext) -> [GenericValue]? {
    guard !top.items.contains(where: { $0.key == "Kind" || $0.key == "kind" }),
      let wrapper = top.items.first(where: { $0.key == "config_entries" })
    else { return nil }
    // Other top-level keys are agent settings, not ours to judge.
    guard case .map(let map) = wrapper.value.flattened else {
      context.typeMismatch(wrapper.value, expected: "an object", path: DecodePath().field("config_entries"))
      return []
    }
    var elements: [GenericValue] = []
    for item in map.items {
      guard item.key == "bootstrap" else {
        context.report(
          .unknownField, "unknown field `\(item.key)` in `config_entries`", at: item.keyRange,
          help: "fields here: `bootstrap`",
          suggestion: FieldSuggester.best(for: item.key, among: ["bootstrap"]).map {
            Suggestion("did you mean `\($0)`?", replacement: $0)
          })
        continue
      }
      switch item.value {
      case .list(let list, _): elements += list
      case .null, .invalid: break
      case .map, .string, .integer, .float, .bool: elements.append(item.value)
      }
    }
    return elements
  }

  private static func decodeEntry(
    _ map: GenericMap, file: FileID, bootstrapIndex: Int?, context: DecodeContext
  ) -> DecodedEntry? {
    guard let kindItem = map.items.first(where: { $0.key == "Kind" }) ?? map.items.first(where: { $0.key == "kind" })
    else {
      if !context.suppressMissingKind { reportMissingKind(map, context: context) }
      return nil
    }
    if kindItem.value.containsInvalid { return nil }
    guard case .string(let kindText, let kindValueRange) = kindItem.value else {
      context.report(
        .typeMismatch, "`Kind` must be a string, found \(kindItem.value.found)", at: kindItem.value.range,
        help: "Consul rejects it with `Kind value in payload is not a string`")
      return nil
    }
    let kindLocated = Located(kindText, keyRange: kindItem.keyRange, valueRange: kindValueRange)
    guard let kind = EntryKind(rawValue: kindText) else {
      reportUnknownKind(kindLocated, context: context)
      return nil
    }
    context.kind = kind
    var reader = ObjectReader(map, path: DecodePath(), context: context, fields: kind.schema)
    // `kind` in any letter case is never an unknown key (spec decoding §1.6).
    reader.skip { $0.lowercased() == "kind" }
    let entry: ConfigEntry
    switch kind {
    case .serviceDefaults: entry = .serviceDefaults(ServiceDefaults.schema.decode(&reader))
    case .proxyDefaults: entry = .proxyDefaults(ProxyDefaults.schema.decode(&reader))
    case .serviceRouter: entry = .serviceRouter(ServiceRouter.schema.decode(&reader))
    case .serviceSplitter: entry = .serviceSplitter(ServiceSplitter.schema.decode(&reader))
    case .serviceResolver: entry = .serviceResolver(ServiceResolver.schema.decode(&reader))
    case .ingressGateway, .terminatingGateway, .serviceIntentions, .mesh, .exportedServices, .samenessGroup,
      .apiGateway, .tcpRoute, .fileSystemCertificate, .inlineCertificate, .httpRoute, .controlPlaneRequestLimit,
      .jwtProvider:
      let name = reader.decode(.unmodelledEntryName, .string)
      context.report(
        .unsupportedKind, "centry does not check `\(kind.rawValue)` entries yet", at: kindValueRange,
        help: "the entry is counted but its fields are not decoded or validated; Consul will still check it")
      // Its other keys are not ours to judge: no unknown-field reports.
      return DecodedEntry(
        entry: .unsupported(UnsupportedEntry(kind: kind, name: name)), file: file, range: map.range,
        kindRange: kindLocated, bootstrapIndex: bootstrapIndex)
    }
    reader.finish()
    return DecodedEntry(
      entry: entry, file: file, range: map.range, kindRange: kindLocated, bootstrapIndex: bootstrapIndex)
  }

  private static func reportMissingKind(_ map: GenericMap, context: DecodeContext) {
    if let wrong = map.items.first(where: { $0.key.lowercased() == "kind" }) {
      context.report(
        .missingKind, "no `Kind` or `kind` key: Consul does not read `\(wrong.key)`", at: wrong.keyRange,
        help:
          "Consul reads only `Kind` or `kind` exactly (`Payload does not contain a kind/Kind key at the top level`)",
        suggestion: Suggestion("write `Kind`", replacement: "Kind"))
      return
    }
    let range = map.items.first?.keyRange ?? map.range
    context.report(
      .missingKind, "the entry has no `Kind`", at: range,
      help: "add e.g. `Kind = \"service-defaults\"`; Consul rejects the file with "
        + "`Payload does not contain a kind/Kind key at the top level`")
  }

  private static func reportUnknownKind(_ kind: Located<String>, context: DecodeContext) {
    let known = EntryKind.allCases.map(\.rawValue)
    let best = FieldSuggester.best(for: kind.value, among: known)
    let exactCaseless = known.first { $0 == kind.value.lowercased() }
    let suggestion = (exactCaseless ?? best).map { Suggestion("did you mean `\($0)`?", replacement: "\"\($0)\"") }
    context.report(
      .unknownKind, "unknown kind `\(kind.value)`", at: kind.valueRange,
      help: "Consul rejects it with `invalid config entry kind: \(kind.value)`; kinds are case-sensitive: "
        + known.map { "`\($0)`" }.joined(separator: ", "),
      suggestion: suggestion)
  }
}
