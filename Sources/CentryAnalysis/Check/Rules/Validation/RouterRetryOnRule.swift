import CentryCore
import CentryModel

/// `router-retry-on`: a `RetryOn` value that is not an Envoy retry condition Consul allows.
struct RouterRetryOnRule: Rule {
  static let valid = [
    "5xx", "gateway-error", "reset", "connect-failure", "envoy-ratelimited", "retriable-4xx", "refused-stream",
    "cancelled", "deadline-exceeded", "internal", "resource-exhausted", "unavailable",
  ]

  static let description = RuleDescription(
    id: .routerRetryOn, severity: .error,
    summary: "A route `RetryOn` condition Consul does not allow",
    rationale: """
      Consul accepts these retry conditions, case-sensitively: `5xx`, `gateway-error`, `reset`, \
      `connect-failure`, `envoy-ratelimited`, `retriable-4xx`, `refused-stream`, `cancelled`, \
      `deadline-exceeded`, `internal`, `resource-exhausted`, `unavailable`; others fail with \
      `Route[0] contains an invalid retry condition: "timeout"`. Status codes go in \
      `RetryOnStatusCodes`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { NumRetries = 3, RetryOn = ["5xx", "reset"] } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { NumRetries = 3, RetryOn = ["5xx", «"timeout"», «"Reset"»] } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { index, route, _ -> [Diagnostic] in
        route.value.destination?.value.retryOn.orEmpty().compactMap { condition in
          guard !Self.valid.contains(condition.value) else { return nil }
          let lowered = condition.value.lowercased()
          let suggestion =
            Self.valid.contains(lowered)
            ? Suggestion("did you mean `\(lowered)`?", replacement: ConsulValidation.quote(lowered)) : nil
          return Self.diagnostic(
            "\(ConsulValidation.code(condition.value)) is not a retry condition Consul allows",
            at: condition.valueRange,
            help:
              "Consul: `Route[\(index)] contains an invalid retry condition: \(ConsulValidation.quote(condition.value))`",
            suggestion: suggestion)
        } ?? []
      }
    }
  }
}

extension RuleID {
  public static let routerRetryOn = RuleID("router-retry-on")
}
