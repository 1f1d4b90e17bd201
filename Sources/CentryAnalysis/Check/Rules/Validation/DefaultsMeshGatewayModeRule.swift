import CentryCore
import CentryModel

/// `defaults-mesh-gateway-mode`: a `MeshGateway.Mode` other than `none`, `local` or `remote`.
struct DefaultsMeshGatewayModeRule: Rule {
  static let description = RuleDescription(
    id: .defaultsMeshGatewayMode, severity: .warning,
    summary: "A `MeshGateway.Mode` that is not `none`, `local` or `remote`",
    rationale: """
      Mesh-gateway modes are `""` (default), `none`, `local` and `remote`. Consul stores any other \
      string in service-defaults (top level and upstream configurations) unchecked, and the \
      setting does not take effect.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        MeshGateway { Mode = "local" }
        UpstreamConfig { Defaults { MeshGateway { Mode = "remote" } } }
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-defaults"
        name = "web"
        mesh_gateway { mode = «"Local"» }
        upstream_config { overrides = [{ name = "db", mesh_gateway { mode = «"gateway"» } }] }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      let modes =
        [defaults.meshGateway?.value.mode]
        + UpstreamConfigSite.all(defaults).map { $0.config.value.meshGateway?.value.mode }
      return modes.compactMap { mode -> Diagnostic? in
        guard let mode, !["", "none", "local", "remote"].contains(mode.value) else { return nil }
        let lowered = mode.value.lowercased()
        let guess = ["none", "local", "remote"].contains(lowered) ? lowered : nil
        return Self.diagnostic(
          "unknown mesh-gateway mode \(ConsulValidation.code(mode.value)); expected `none`, `local` or `remote`",
          at: mode.valueRange, help: "Consul does not validate mesh-gateway modes in service-defaults",
          suggestion: guess.map { Suggestion("did you mean `\($0)`?", replacement: "\"\($0)\"") })
      }
    }
  }
}

extension RuleID {
  public static let defaultsMeshGatewayMode = RuleID("defaults-mesh-gateway-mode")
}
