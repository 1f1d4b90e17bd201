import CentryCore

/// Collects the diagnostics of decoding one document.
final class DecodeContext {
  var diagnostics: [Diagnostic] = []
  /// The kind being decoded, for messages about the entry's top level.
  var kind: EntryKind = .serviceDefaults
  /// Set when the document had syntax errors that may have swallowed the `Kind` line.
  var suppressMissingKind = false

  func report(
    _ rule: RuleID, _ message: String, at range: SourceRange, notes: [Note] = [], help: String? = nil,
    suggestion: Suggestion? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        rule: rule, severity: DecodingRules.severity(of: rule), message: message, range: range, notes: notes,
        help: help,
        suggestion: suggestion))
  }

  /// "`Routes[0].Match`", or "the `service-router` entry" at the top level.
  func describe(_ path: DecodePath) -> String {
    path.isRoot ? "the `\(kind.rawValue)` entry" : "`\(path)`"
  }

  /// Reports that `value` (at `path`) is not of the `expected` type.
  func typeMismatch(_ value: GenericValue, expected: String, path: DecodePath, detail: String? = nil) {
    let weak =
      "Consul converts between numbers, booleans and numeric or boolean strings and unwraps one-element lists; nothing else converts"
    report(
      .typeMismatch, "`\(path)` expects \(expected), found \(value.found)", at: value.range,
      help: detail.map { "\($0); \(weak)" } ?? weak)
  }
}
