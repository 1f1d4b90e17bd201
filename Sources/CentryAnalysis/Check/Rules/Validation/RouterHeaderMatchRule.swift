import CentryCore
import CentryModel

/// `router-header-match`: a header match without exactly one way of matching.
struct RouterHeaderMatchRule: Rule {
  static let description = RuleDescription(
    id: .routerHeaderMatch, severity: .error,
    summary: "A route header match without exactly one of `Present`, `Exact`, `Prefix`, `Suffix`, `Regex`",
    rationale: """
      Each header match tests the header in exactly one way. Consul counts `Present = true` and \
      each non-empty `Exact`, `Prefix`, `Suffix` and `Regex`, and rejects any count but one: \
      `Route[0] Header[0] should only contain one of Present, Exact, Prefix, Suffix, or Regex`. \
      `Invert` alone, or `Present = false`, counts as none.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { Header = [{ Name = "x-debug", Present = true, Invert = true }] } } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { Header = [
          { Name = "x", Exact = "1", «Prefix = "a"» },
          «{ Name = "y", Invert = true }»,
        ] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.matches(context, \.header).flatMap { route, position, header in
      let value = header.value
      return ConsulValidation.exactlyOneCriterion(
        Self.self, of: "header match", at: header.valueRange, present: value.present,
        [(value.exact, "Exact"), (value.prefix, "Prefix"), (value.suffix, "Suffix"), (value.regex, "Regex")],
        help:
          "Consul: `Route[\(route)] Header[\(position)] should only contain one of Present, Exact, Prefix, Suffix, or Regex`"
      )
    }
  }
}

extension RuleID {
  public static let routerHeaderMatch = RuleID("router-header-match")
}
