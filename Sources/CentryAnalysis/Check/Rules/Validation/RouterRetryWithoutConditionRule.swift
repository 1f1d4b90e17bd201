import CentryCore
import CentryModel

/// `router-retry-without-condition`: `NumRetries` with nothing to retry on.
struct RouterRetryWithoutConditionRule: Rule {
  static let description = RuleDescription(
    id: .routerRetryWithoutCondition, severity: .warning,
    summary: "`NumRetries` without `RetryOn`, `RetryOnStatusCodes` or `RetryOnConnectFailure`",
    rationale: """
      Consul builds the Envoy retry policy's `retry_on` from `RetryOn`, `RetryOnConnectFailure` \
      and `RetryOnStatusCodes` only. With none of them the policy has an empty `retry_on`, so \
      `NumRetries` retries nothing.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { NumRetries = 3, RetryOnConnectFailure = true } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { «NumRetries = 3» } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).compactMap { _, route, _ in
        guard let destination = route.value.destination?.value, let retries = destination.numRetries,
          retries.value > 0, destination.retryOn.orEmpty().isEmpty, destination.retryOnStatusCodes.orEmpty().isEmpty,
          destination.retryOnConnectFailure?.value != true
        else { return nil }
        return Self.diagnostic(
          "`NumRetries` has no effect without a retry condition", at: retries.range,
          help: "add `RetryOn` (e.g. `[\"5xx\"]`), `RetryOnStatusCodes` or `RetryOnConnectFailure = true`")
      }
    }
  }
}

extension RuleID {
  public static let routerRetryWithoutCondition = RuleID("router-retry-without-condition")
}
