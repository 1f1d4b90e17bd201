import CentryCore

/// The totals every report format ends with (`summary` in JSON).
public struct RunSummary: Sendable, Hashable {
  /// Number of input files read.
  public var files: Int
  /// Number of config entries found (decoded or not).
  public var entries: Int
  public var errors: Int
  public var warnings: Int
  public var infos: Int

  public init(files: Int, entries: Int, errors: Int, warnings: Int, infos: Int = 0) {
    self.files = files
    self.entries = entries
    self.errors = errors
    self.warnings = warnings
    self.infos = infos
  }

  /// Counts `diagnostics` over the files of `sources`.
  public init(diagnostics: [Diagnostic], sources: SourceMap, entries: Int) {
    self.init(
      files: sources.files.count, entries: entries, errors: diagnostics.errorCount,
      warnings: diagnostics.warningCount,
      infos: diagnostics.lazy.filter { $0.severity == .info }.count)
  }
}

/// Where a range starts and ends, resolved for output (1-based; columns in Unicode scalars;
/// the end is exclusive, as SARIF's `endColumn` and our JSON `endColumn`).
struct ResolvedRange {
  var file: String
  var line: Int
  var column: Int
  var endLine: Int
  var endColumn: Int

  init(_ range: SourceRange, in sources: SourceMap) {
    let (start, end) = sources.resolve(range)
    file = sources[range.file].name
    line = start.line
    column = start.column
    endLine = end.line
    endColumn = end.column
  }
}
