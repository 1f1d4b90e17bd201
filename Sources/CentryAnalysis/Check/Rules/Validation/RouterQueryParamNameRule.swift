import CentryCore
import CentryModel

/// `router-query-param-name`: a query parameter match without a `Name`.
struct RouterQueryParamNameRule: Rule {
  static let description = RuleDescription(
    id: .routerQueryParamName, severity: .error,
    summary: "A route query parameter match without a `Name`",
    rationale: """
      A query parameter match names the parameter it tests; Consul rejects one without: \
      `Route[0] QueryParam[0] missing required Name field`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { QueryParam = [{ Name = "beta", Present = true }] } } }]
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-router"
        name = "web"
        routes = [{ match { http { query_param = [{ name = «""», present = true }] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.matches(context, \.queryParam).compactMap { route, position, query in
      guard !ConsulValidation.isSet(query.value.name) else { return nil }
      return Self.diagnostic(
        "query parameter match has no `Name`", at: query.value.name?.valueRange ?? query.valueRange,
        help: "Consul: `Route[\(route)] QueryParam[\(position)] missing required Name field`")
    }
  }
}

extension RuleID {
  public static let routerQueryParamName = RuleID("router-query-param-name")
}
