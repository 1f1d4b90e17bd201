import CentryCore
import CentryModel

/// `defaults-upstream-balance-outbound-connections`: a balancing mode other than `exact_balance`.
struct DefaultsUpstreamBalanceOutboundConnectionsRule: Rule {
  static let description = RuleDescription(
    id: .defaultsUpstreamBalanceOutboundConnections, severity: .error,
    summary: "An upstream `BalanceOutboundConnections` that is neither empty nor `exact_balance`",
    rationale: """
      As for inbound connections, `exact_balance` is the only mode Consul supports: \
      `error in upstream defaults: invalid value for balance_outbound_connections: x`.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Defaults { BalanceOutboundConnections = "exact_balance" } }
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-defaults"
        name = "web"
        upstream_config { defaults { balance_outbound_connections = «"x"» } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      UpstreamConfigSite.all(defaults).compactMap { site -> Diagnostic? in
        guard let value = site.config.value.balanceOutboundConnections, !["", "exact_balance"].contains(value.value)
        else { return nil }
        return Self.diagnostic(
          "\(site.label): `BalanceOutboundConnections` must be `exact_balance` or empty, not \(ConsulValidation.code(value.value))",
          at: value.valueRange,
          help: "Consul: `\(site.consulPrefix)invalid value for balance_outbound_connections: \(value.value)`")
      }
    }
  }
}

extension RuleID {
  public static let defaultsUpstreamBalanceOutboundConnections = RuleID(
    "defaults-upstream-balance-outbound-connections")
}
