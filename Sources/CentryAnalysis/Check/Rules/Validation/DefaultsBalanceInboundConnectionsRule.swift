import CentryCore
import CentryModel

/// `defaults-balance-inbound-connections`: a `BalanceInboundConnections` other than `exact_balance`.
struct DefaultsBalanceInboundConnectionsRule: Rule {
  static let description = RuleDescription(
    id: .defaultsBalanceInboundConnections, severity: .error,
    summary: "`BalanceInboundConnections` is neither empty nor `exact_balance`",
    rationale: """
      The only listener connection-balancing mode Consul supports is `exact_balance`; anything else \
      is rejected: `invalid value for balance_inbound_connections: round_robin`.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        BalanceInboundConnections = "exact_balance"
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        balance_inbound_connections = «"round_robin"»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let value = defaults.balanceInboundConnections, !["", "exact_balance"].contains(value.value) else {
        return nil
      }
      return Self.diagnostic(
        "`BalanceInboundConnections` must be `exact_balance` or empty, not \(ConsulValidation.code(value.value))",
        at: value.valueRange, help: "Consul: `invalid value for balance_inbound_connections: \(value.value)`")
    }
  }
}

extension RuleID {
  public static let defaultsBalanceInboundConnections = RuleID("defaults-balance-inbound-connections")
}
