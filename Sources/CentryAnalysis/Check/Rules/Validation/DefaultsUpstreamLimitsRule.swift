import CentryCore
import CentryModel

/// `defaults-upstream-limits`: a negative circuit-breaker limit.
struct DefaultsUpstreamLimitsRule: Rule {
  static let description = RuleDescription(
    id: .defaultsUpstreamLimits, severity: .error,
    summary: "An upstream `Limits` value below 0",
    rationale: """
      Consul rejects negative circuit-breaker limits in upstream configurations: \
      `max connections cannot be negative`, `max pending requests cannot be negative`, \
      `max concurrent requests cannot be negative` (it reports only the first).
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Defaults { Limits { MaxConnections = 0, MaxPendingRequests = 128 } } }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Defaults { Limits { MaxConnections = «-1», MaxConcurrentRequests = «-5» } } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      UpstreamConfigSite.all(defaults).flatMap { site -> [Diagnostic] in
        guard let limits = site.config.value.limits?.value else { return [] }
        let fields: [(Located<Int>?, String, String)] = [
          (limits.maxConnections, "MaxConnections", "max connections"),
          (limits.maxPendingRequests, "MaxPendingRequests", "max pending requests"),
          (limits.maxConcurrentRequests, "MaxConcurrentRequests", "max concurrent requests"),
        ]
        return fields.compactMap { field, key, consul in
          guard let field, field.value < 0 else { return nil }
          return Self.diagnostic(
            "\(site.label): `\(key)` cannot be negative", at: field.valueRange,
            help: "Consul: `\(site.consulPrefix)\(consul) cannot be negative`")
        }
      }
    }
  }
}

extension RuleID {
  public static let defaultsUpstreamLimits = RuleID("defaults-upstream-limits")
}
