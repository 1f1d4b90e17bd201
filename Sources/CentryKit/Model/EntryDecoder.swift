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

/// Turns a parsed document into typed config entries, as `consul config write` decodes a file.
public enum EntryDecoder {
  /// Decodes `document`: one entry, or many for the agent-config form
  /// `config_entries { bootstrap = [...] }`. Never traps; problems are diagnostics.
  public static func decode(_ document: Document) -> DecodeResult {
    DecodeResult()
  }
}
