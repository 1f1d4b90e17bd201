import CentryCore
import CentryModel

/// `defaults-upstream-name`: an upstream override without a name (or `*`), or defaults with one.
struct DefaultsUpstreamNameRule: Rule {
  static let description = RuleDescription(
    id: .defaultsUpstreamName, severity: .error,
    summary: "An upstream override without a service `Name`, or upstream defaults with one",
    rationale: """
      Each `UpstreamConfig.Overrides` element configures one named upstream: Consul fails with \
      `error in upstream override for :: Name is required` when it has none and with \
      `Wildcard name is not supported` for `*`. `UpstreamConfig.Defaults` applies to every \
      upstream and must not name one: `error in upstream defaults: Name must be empty`.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig {
          Defaults { ConnectTimeoutMs = 3000 }
          Overrides = [{ Name = "ledger", Protocol = "grpc" }]
        }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig {
          Defaults { «Name» = "x" }
          Overrides = [«{ Protocol = "grpc" }», { Name = «"*"» }]
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      UpstreamConfigSite.all(defaults).compactMap { site -> Diagnostic? in
        let name = site.config.value.name
        if !site.isOverride {
          guard let name, !name.value.isEmpty else { return nil }
          return Self.diagnostic(
            "upstream defaults must not name a service", at: name.keyOrValueRange,
            help: "Consul: `\(site.consulPrefix)Name must be empty`")
        }
        guard let name, !name.value.isEmpty else {
          return Self.diagnostic(
            "upstream override has no `Name`", at: name?.valueRange ?? site.config.valueRange,
            help: "Consul: `\(site.consulPrefix)Name is required`")
        }
        guard name.value == "*" else { return nil }
        return Self.diagnostic(
          "upstream override `Name` cannot be `*`", at: name.valueRange,
          help:
            "use `UpstreamConfig.Defaults` for every upstream; Consul: `\(site.consulPrefix)Wildcard name is not supported`"
        )
      }
    }
  }
}

extension RuleID {
  public static let defaultsUpstreamName = RuleID("defaults-upstream-name")
}
