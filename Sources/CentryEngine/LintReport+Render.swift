import CentryAnalysis
import CentryRender

extension LintReport {
  /// The totals of this report (input files only: live entries laid under them are not counted).
  public var summary: RunSummary {
    var summary = RunSummary(diagnostics: diagnostics, sources: sources, entries: entryCount)
    summary.files = fileCount
    return summary
  }
}

extension OutputFormat {
  /// Renders a ``LintReport`` in this format (SARIF lists every registered rule).
  public func render(_ report: LintReport, decorator: Decorator = .plain) -> String {
    render(
      report.diagnostics, sources: report.sources, summary: report.summary, rules: RuleRegistry.descriptions,
      decorator: decorator)
  }
}
