import CentryCore
import CentryModel

/// `router-retry-status-codes`: a `RetryOnStatusCodes` value that is not an HTTP status.
struct RouterRetryStatusCodesRule: Rule {
  static let description = RuleDescription(
    id: .routerRetryStatusCodes, severity: .warning,
    summary: "A `RetryOnStatusCodes` value outside 100–599",
    rationale: """
      Consul does not check `RetryOnStatusCodes`; a value that is not an HTTP status code never \
      matches a response, so the retry never happens.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { NumRetries = 2, RetryOnStatusCodes = [503, 429] } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { NumRetries = 2, RetryOnStatusCodes = [«5003», «50»] } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { _, route, _ -> [Diagnostic] in
        route.value.destination?.value.retryOnStatusCodes.orEmpty().compactMap { code in
          guard !(100...599).contains(code.value) else { return nil }
          return Self.diagnostic("`\(code.value)` is not an HTTP status code", at: code.valueRange)
        } ?? []
      }
    }
  }
}

extension RuleID {
  public static let routerRetryStatusCodes = RuleID("router-retry-status-codes")
}
