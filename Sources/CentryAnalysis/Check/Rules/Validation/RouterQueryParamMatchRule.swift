import CentryCore
import CentryModel

/// `router-query-param-match`: a query parameter match without exactly one way of matching.
struct RouterQueryParamMatchRule: Rule {
  static let description = RuleDescription(
    id: .routerQueryParamMatch, severity: .error,
    summary: "A route query parameter match without exactly one of `Present`, `Exact`, `Regex`",
    rationale: """
      Each query parameter match tests the parameter in exactly one way (there is no prefix, \
      suffix or invert); Consul rejects any other count: \
      `Route[0] QueryParam[0] should only contain one of Present, Exact, or Regex`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { QueryParam = [{ Name = "q", Regex = "a.*" }] } } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { QueryParam = [
          { Name = "q", Exact = "1", «Regex = ".*"» },
          «{ Name = "r" }»,
        ] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.matches(context, \.queryParam).flatMap { route, position, query in
      let value = query.value
      return ConsulValidation.exactlyOneCriterion(
        Self.self, of: "query parameter match", at: query.valueRange, present: value.present,
        [(value.exact, "Exact"), (value.regex, "Regex")],
        help: "Consul: `Route[\(route)] QueryParam[\(position)] should only contain one of Present, Exact, or Regex`")
    }
  }
}

extension RuleID {
  public static let routerQueryParamMatch = RuleID("router-query-param-match")
}
