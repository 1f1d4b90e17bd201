import CentryCore
import CentryModel

/// `defaults-permissive-mtls`: `MutualTLSMode = "permissive"`.
struct DefaultsPermissiveMTLSRule: Rule {
  static let description = RuleDescription(
    id: .defaultsPermissiveMTLS, severity: .warning,
    summary: "`MutualTLSMode = \"permissive\"` accepts traffic without mTLS",
    rationale: """
      Permissive mode lets the service accept non-mTLS traffic, bypassing intentions. Consul \
      requires `AllowEnablingPermissiveMutualTLS` in the mesh entry and its CLI warns after the \
      write: `MutualTLSMode=permissive is insecure. Set to `strict` when your service no longer \
      needs to accept non-mTLS traffic.`
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        MutualTLSMode = "strict"
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        MutualTLSMode = «"permissive"»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let mode = defaults.mutualTLSMode, mode.value == "permissive" else { return nil }
      return Self.diagnostic(
        "permissive mTLS lets this service accept traffic without mTLS", at: mode.valueRange,
        help:
          "set `strict` once no client needs plain traffic; the mesh entry must also set `AllowEnablingPermissiveMutualTLS = true`"
      )
    }
  }
}

extension RuleID {
  public static let defaultsPermissiveMTLS = RuleID("defaults-permissive-mtls")
}
