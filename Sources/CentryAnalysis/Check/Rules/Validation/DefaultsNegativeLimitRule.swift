import CentryCore
import CentryModel

/// `defaults-negative-limit`: a negative inbound limit or local timeout, which means "unset".
struct DefaultsNegativeLimitRule: Rule {
  static let description = RuleDescription(
    id: .defaultsNegativeLimit, severity: .warning,
    summary: "A negative `MaxInboundConnections`, `LocalConnectTimeoutMs` or `LocalRequestTimeoutMs`",
    rationale: """
      Consul uses these settings only when they are above 0; a negative value is silently treated \
      as unset and Envoy's default applies.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        MaxInboundConnections = 100
        LocalRequestTimeoutMs = 30000
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-defaults"
        name = "web"
        local_connect_timeout_ms = «-1»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      [
        (defaults.maxInboundConnections, "MaxInboundConnections"),
        (defaults.localConnectTimeoutMs, "LocalConnectTimeoutMs"),
        (defaults.localRequestTimeoutMs, "LocalRequestTimeoutMs"),
      ].compactMap { field, key in
        guard let field, field.value < 0 else { return nil }
        return Self.diagnostic(
          "negative `\(key)` is ignored", at: field.valueRange,
          help: "Consul uses `\(key)` only when it is above 0; remove it for the default")
      }
    }
  }
}

extension RuleID {
  public static let defaultsNegativeLimit = RuleID("defaults-negative-limit")
}
