import CentryCore

/// The machine format (`--format json`): exactly one JSON object, 2-space indented.
///
/// ```json
/// {"diagnostics":[{"rule":"…","severity":"error","message":"…","file":"web.hcl","line":3,
///   "column":1,"endLine":12,"endColumn":2,"help":"…"}],
///  "summary":{"files":1,"entries":1,"errors":1,"warnings":0}}
/// ```
///
/// `endColumn` is exclusive (one past the last scalar). `help` is the help and the suggestion's
/// message joined (``Diagnostic/fullHelp``), omitted when empty. Extra keys, present only when
/// there is something to say: `suggestion` (`message`, optional `replacement`) and `notes`
/// (`message` and, for notes with a range, `file`, `line`, `column`, `endLine`, `endColumn`).
public enum JSONRenderer {
  public static func render(_ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary) -> String {
    value(diagnostics, sources: sources, summary: summary).serialized(.pretty)
  }

  /// The report as a ``JSONValue`` (for embedding in other JSON).
  public static func value(_ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary) -> JSONValue {
    .object([
      ("diagnostics", .array(diagnostics.map { diagnostic($0, sources: sources) })),
      (
        "summary",
        .object([
          ("files", .int(summary.files)),
          ("entries", .int(summary.entries)),
          ("errors", .int(summary.errors)),
          ("warnings", .int(summary.warnings)),
        ])
      ),
    ])
  }

  private static func diagnostic(_ diagnostic: Diagnostic, sources: SourceMap) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("rule", .string(diagnostic.rule.rawValue)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
    ]
    members += position(diagnostic.range, sources: sources)
    if let help = diagnostic.fullHelp { members.append(("help", .string(help))) }
    if let suggestion = diagnostic.suggestion {
      var fields: [(key: String, value: JSONValue)] = [("message", .string(suggestion.message))]
      if let replacement = suggestion.replacement { fields.append(("replacement", .string(replacement))) }
      members.append(("suggestion", .object(fields)))
    }
    if !diagnostic.notes.isEmpty {
      members.append(
        (
          "notes",
          .array(
            diagnostic.notes.map { note in
              var fields: [(key: String, value: JSONValue)] = [("message", .string(note.message))]
              if let range = note.range { fields += position(range, sources: sources) }
              return .object(fields)
            })
        ))
    }
    return .object(members)
  }

  private static func position(_ range: SourceRange, sources: SourceMap) -> [(key: String, value: JSONValue)] {
    let resolved = ResolvedRange(range, in: sources)
    return [
      ("file", .string(resolved.file)),
      ("line", .int(resolved.line)),
      ("column", .int(resolved.column)),
      ("endLine", .int(resolved.endLine)),
      ("endColumn", .int(resolved.endColumn)),
    ]
  }
}
