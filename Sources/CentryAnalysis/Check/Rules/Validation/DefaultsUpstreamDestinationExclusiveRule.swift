import CentryCore
import CentryModel

/// `defaults-upstream-destination-exclusive`: `UpstreamConfig` together with `Destination`.
struct DefaultsUpstreamDestinationExclusiveRule: Rule {
  static let description = RuleDescription(
    id: .defaultsUpstreamDestinationExclusive, severity: .error,
    summary: "service-defaults with both `UpstreamConfig` and `Destination`",
    rationale: """
      A `Destination` makes the service an external destination, which has no upstreams of its \
      own. Consul rejects both together, even as empty blocks: \
      `UpstreamConfig and Destination are mutually exclusive for service defaults`.
      """,
    passing: [
      Example(
        .serviceDefaults, "payments-api",
        """
        Destination { Addresses = ["api.payments.example.com"], Port = 443 }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "payments-api",
        """
        UpstreamConfig { Defaults { ConnectTimeoutMs = 1000 } }
        «Destination» { Addresses = ["api.payments.example.com"], Port = 443 }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let upstream = defaults.upstreamConfig, let destination = defaults.destination else { return nil }
      return Self.diagnostic(
        "`UpstreamConfig` and `Destination` cannot both be set", at: destination.keyOrValueRange,
        notes: [Note("`UpstreamConfig` is set here", at: upstream.keyOrValueRange)],
        help: "Consul: `UpstreamConfig and Destination are mutually exclusive for service defaults`")
    }
  }
}

extension RuleID {
  public static let defaultsUpstreamDestinationExclusive = RuleID("defaults-upstream-destination-exclusive")
}
