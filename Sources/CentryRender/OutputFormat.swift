import CentryCore

/// The report formats of `--format`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case text
  case json
  case sarif
  case github
  case checkstyle

  /// Renders a report in this format. `rules` (every registered rule) is listed by `sarif`;
  /// `decorator` only matters for `text`.
  public func render(
    _ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary, rules: [RuleDescription],
    decorator: Decorator = .plain
  ) -> String {
    switch self {
    case .text: TextRenderer(decorator: decorator).render(diagnostics, sources: sources, summary: summary)
    case .json: JSONRenderer.render(diagnostics, sources: sources, summary: summary)
    case .sarif: SARIFRenderer.render(diagnostics, sources: sources, summary: summary, rules: rules)
    case .github: GitHubRenderer.render(diagnostics, sources: sources, summary: summary)
    case .checkstyle: CheckstyleRenderer.render(diagnostics, sources: sources, summary: summary)
    }
  }
}
