import CentryCore
import CentryModel

/// `router-header-name`: a header match without a `Name`.
struct RouterHeaderNameRule: Rule {
  static let description = RuleDescription(
    id: .routerHeaderName, severity: .error,
    summary: "A route header match without a `Name`",
    rationale: """
      A header match names the header it tests; Consul rejects one without: \
      `Route[0] Header[0] missing required Name field`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { Header = [{ Name = "x-canary", Exact = "true" }] } } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { Header = [«{ Exact = "true" }»] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.matches(context, \.header).compactMap { route, position, header in
      guard !ConsulValidation.isSet(header.value.name) else { return nil }
      return Self.diagnostic(
        "header match has no `Name`", at: header.value.name?.valueRange ?? header.valueRange,
        help: "Consul: `Route[\(route)] Header[\(position)] missing required Name field`")
    }
  }
}

extension RuleID {
  public static let routerHeaderName = RuleID("router-header-name")
}
