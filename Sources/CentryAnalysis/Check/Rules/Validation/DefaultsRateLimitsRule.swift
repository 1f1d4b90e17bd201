import CentryCore
import CentryModel

/// `defaults-rate-limits`: `RateLimits`, an Enterprise feature.
struct DefaultsRateLimitsRule: Rule {
  static let description = RuleDescription(
    id: .defaultsRateLimits, severity: .error,
    summary: "service-defaults `RateLimits`, which Consul CE rejects",
    rationale: """
      Per-instance rate limiting is a Consul Enterprise feature; CE rejects any `RateLimits` \
      block, even an empty one: `invalid rate_limits config. Rate limiting is a consul enterprise feature`.
      """,
    passing: [
      Example(.serviceDefaults, "web")
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        «RateLimits» { InstanceLevel { RequestsPerSecond = 100 } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let limits = defaults.rateLimits else { return nil }
      return Self.diagnostic(
        "`RateLimits` is a Consul Enterprise feature", at: limits.keyOrValueRange,
        help: "Consul CE: `invalid rate_limits config. Rate limiting is a consul enterprise feature`")
    }
  }
}

extension RuleID {
  public static let defaultsRateLimits = RuleID("defaults-rate-limits")
}
