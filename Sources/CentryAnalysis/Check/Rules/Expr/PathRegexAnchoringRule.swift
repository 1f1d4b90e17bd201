import CentryCore
import CentryModel

/// `path-regex-anchoring`: a `PathRegex` without regex syntax, which Envoy matches as a whole path.
struct PathRegexAnchoringRule: Rule {
  static let description = RuleDescription(
    id: .pathRegexAnchoring, severity: .warning,
    summary: "PathRegex without regex syntax matches only that exact path",
    rationale: """
      Envoy matches `PathRegex` against the entire path (`safe_regex` full match), so `/api` \
      matches `/api` and nothing below it. A leading `^` or trailing `$` is redundant but harmless. \
      For a prefix write `/api.*` or use `PathPrefix`; for one path use `PathExact`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [ { Match { HTTP { PathRegex = "/api/.*" } } } ]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [ { Match { HTTP { PathRegex = "«/api»" } } } ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .pathRegexAnchoring, rule: Self.self)
  }
}

extension RuleID {
  public static let pathRegexAnchoring = RuleID("path-regex-anchoring")
}
