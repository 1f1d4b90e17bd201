import CentryCore
import CentryModel

/// `regex-syntax`: a route regex (or filter `matches` pattern) that does not compile.
struct RegexSyntaxRule: Rule {
  static let description = RuleDescription(
    id: .regexSyntax, severity: .error,
    summary: "Regex does not compile",
    rationale: """
      Consul stores `PathRegex` and header/query-parameter `Regex` values without compiling them; \
      Envoy compiles them with RE2 and rejects the whole route configuration when one is invalid, \
      so every route of the listener stops updating. Filter `matches` patterns fail when the \
      filter runs.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathRegex = "/api/v[0-9]+/.*" } } }
        ]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathRegex = "/api/(v[0-9]«+»" } } },
          { Match { HTTP { Header = [ { Name = "x-version", Regex = "«*»v1" } ] } } }
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .regexSyntax, rule: Self.self)
  }
}

extension RuleID {
  public static let regexSyntax = RuleID("regex-syntax")
}
