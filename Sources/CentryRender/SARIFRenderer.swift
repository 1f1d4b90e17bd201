import CentryCore

/// SARIF 2.1.0 (`--format sarif`), as GitHub code scanning accepts it.
///
/// One run; `tool.driver.rules` lists every registered rule (so `ruleIndex` is valid and the
/// rule help shows in the code-scanning UI); each result has a region with a start and an end,
/// and `columnKind` is `unicodeCodePoints` because our columns count scalars. Notes with a range
/// become `relatedLocations`. `partialFingerprints["centry/v1"]` is a 64-bit FNV-1a hash of the
/// rule, file, message and trimmed source line, so a result keeps its identity when lines move.
public enum SARIFRenderer {
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  public static func render(
    _ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary, rules: [RuleDescription]
  ) -> String {
    value(diagnostics, sources: sources, rules: rules).serialized(.pretty)
  }

  /// The SARIF log as a ``JSONValue``.
  public static func value(_ diagnostics: [Diagnostic], sources: SourceMap, rules: [RuleDescription]) -> JSONValue {
    // Rule IDs reported but not registered (a bug elsewhere) still get a descriptor.
    var descriptors = rules.map { RuleDescriptor(id: $0.id.rawValue, description: $0) }
    for id in Set(diagnostics.map(\.rule.rawValue)).sorted() where !descriptors.contains(where: { $0.id == id }) {
      descriptors.append(RuleDescriptor(id: id, description: nil))
    }
    let results = diagnostics.map { diagnostic in
      result(diagnostic, sources: sources, ruleIndex: descriptors.firstIndex { $0.id == diagnostic.rule.rawValue } ?? 0)
    }
    let driver: JSONValue = .object([
      ("name", .string(ToolInfo.name)),
      ("informationUri", .string(ToolInfo.informationURI)),
      ("version", .string(ToolInfo.version)),
      ("semanticVersion", .string(ToolInfo.version)),
      ("rules", .array(descriptors.map(\.json))),
    ])
    return .object([
      ("$schema", .string(schema)),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
  }

  private struct RuleDescriptor {
    var id: String
    var description: RuleDescription?

    var json: JSONValue {
      guard let description else {
        return .object([("id", .string(id)), ("shortDescription", .object([("text", .string(id))]))])
      }
      let help = "\(description.summary)\n\n\(description.rationale)\n\nRun `centry rules \(id)` for examples."
      return .object([
        ("id", .string(id)),
        ("name", .string(id)),
        ("shortDescription", .object([("text", .string(description.summary))])),
        ("fullDescription", .object([("text", .string(description.rationale))])),
        ("defaultConfiguration", .object([("level", .string(level(description.severity)))])),
        ("help", .object([("text", .string(help))])),
      ])
    }
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  private static func result(_ diagnostic: Diagnostic, sources: SourceMap, ruleIndex: Int) -> JSONValue {
    var text = diagnostic.message
    if let help = diagnostic.fullHelp { text += "\n" + help }
    var members: [(key: String, value: JSONValue)] = [
      ("ruleId", .string(diagnostic.rule.rawValue)),
      ("ruleIndex", .int(ruleIndex)),
      ("level", .string(level(diagnostic.severity))),
      ("message", .object([("text", .string(text))])),
      ("locations", .array([.object([("physicalLocation", physicalLocation(diagnostic.range, sources: sources))])])),
    ]
    let related = diagnostic.notes.enumerated().compactMap { index, note -> JSONValue? in
      guard let range = note.range else { return nil }
      return .object([
        ("id", .int(index + 1)),
        ("physicalLocation", physicalLocation(range, sources: sources)),
        ("message", .object([("text", .string(note.message))])),
      ])
    }
    if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
    members.append(
      ("partialFingerprints", .object([("centry/v1", .string(fingerprint(diagnostic, sources: sources)))])))
    return .object(members)
  }

  private static func physicalLocation(_ range: SourceRange, sources: SourceMap) -> JSONValue {
    let position = ResolvedRange(range, in: sources)
    return .object([
      ("artifactLocation", .object([("uri", .string(uri(forPath: position.file)))])),
      (
        "region",
        .object([
          ("startLine", .int(position.line)),
          ("startColumn", .int(position.column)),
          ("endLine", .int(position.endLine)),
          ("endColumn", .int(position.endColumn)),
        ])
      ),
    ])
  }

  /// A relative URI reference for a path as the user gave it: forward slashes, characters outside
  /// RFC 3986's unreserved set and `/` percent-encoded; absolute paths become `file://` URIs.
  /// `<stdin>` is kept as is.
  static func uri(forPath path: String) -> String {
    if path == "<stdin>" { return path }
    let slashed = String(path.map { $0 == "\\" ? "/" : $0 })
    var out = ""
    for byte in slashed.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF")
        out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
      }
    }
    if out.hasPrefix("./") { out.removeFirst(2) }
    return out.hasPrefix("/") ? "file://" + out : out
  }

  /// FNV-1a 64 over rule, file, message and the primary line's trimmed text, as 16 hex digits.
  static func fingerprint(_ diagnostic: Diagnostic, sources: SourceMap) -> String {
    let source = sources[diagnostic.range.file]
    let line = source.lineText(source.line(at: diagnostic.range.start))
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    let key = [diagnostic.rule.rawValue, source.name, diagnostic.message, String(trimmed)].joined(separator: "\u{0}")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
