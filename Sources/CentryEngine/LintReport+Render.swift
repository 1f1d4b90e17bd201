import CentryAnalysis
import CentryRender

extension LintReport {
  /// The totals of this report.
  public var summary: RunSummary {
    RunSummary(diagnostics: diagnostics, sources: sources, entries: entryCount)
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
