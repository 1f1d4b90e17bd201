import CentryCore
import CentryModel

/// `defaults-upstream-protocol`: an upstream `Protocol` that is not a protocol Consul knows.
struct DefaultsUpstreamProtocolRule: Rule {
  static let description = RuleDescription(
    id: .defaultsUpstreamProtocol, severity: .warning,
    summary: "An upstream configuration `Protocol` that is not `tcp`, `http`, `http2` or `grpc`",
    rationale: """
      Consul lower-cases but does not validate `UpstreamConfig` protocols; an unknown value is \
      treated as `tcp`, so L7 features for that upstream silently stop working.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Overrides = [{ Name = "ledger", Protocol = "GRPC" }] }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Defaults { Protocol = «"https"» } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      UpstreamConfigSite.all(defaults).compactMap { site -> Diagnostic? in
        guard let proto = site.config.value.protocol, !DefaultsProtocolRule.valid.contains(proto.value.lowercased())
        else { return nil }
        return Self.diagnostic(
          "\(site.label): unknown protocol \(ConsulValidation.code(proto.value)) is treated as `tcp`",
          at: proto.valueRange, help: "use `tcp`, `http`, `http2` or `grpc`")
      }
    }
  }
}

extension RuleID {
  public static let defaultsUpstreamProtocol = RuleID("defaults-upstream-protocol")
}
