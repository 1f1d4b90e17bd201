import CentryCore
import CentryModel

/// `regex-unsupported-re2`: a regex using a construct RE2 lacks (lookaround, backreferences …).
struct RegexUnsupportedRE2Rule: Rule {
  static let description = RuleDescription(
    id: .regexUnsupportedRE2, severity: .error,
    summary: "Regex uses a construct that RE2 does not support",
    rationale: """
      Envoy compiles route regexes with RE2, which guarantees linear-time matching and therefore \
      has no lookahead or lookbehind, backreferences, atomic groups, possessive quantifiers, \
      recursion, conditionals, `\\G`, `\\Z` or `\\K`. Patterns written for PCRE or JavaScript that \
      use them are rejected by Envoy and the route configuration is not applied.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [ { Match { HTTP { PathRegex = "/api/(?P<version>v[0-9]+)/.*" } } } ]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathRegex = "/api/«(?=»v1).*" } } },
          { Match { HTTP { QueryParam = [ { Name = "id", Regex = "(a)«\\\\1»" } ] } } }
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .regexUnsupportedRE2, rule: Self.self)
  }
}

extension RuleID {
  public static let regexUnsupportedRE2 = RuleID("regex-unsupported-re2")
}
