import CentryCore
import CentryModel

/// `resolver-failover-datacenters`: an empty string in failover `Datacenters`.
struct ResolverFailoverDatacentersRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverDatacenters, severity: .error,
    summary: "An empty datacenter name in failover `Datacenters`",
    rationale: """
      Every failover datacenter must be named: `Bad Failover["*"].Datacenters: found empty datacenter`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = { "*" = { Datacenters = ["dc2", "dc3"] } }
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-resolver"
        name = "api"
        failover = { "*" = { datacenters = ["dc2", «""»] } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.failover.orEmpty().flatMap { failover in
        failover.value.value.datacenters.orEmpty().compactMap { datacenter in
          guard datacenter.value.isEmpty else { return nil }
          return Self.diagnostic(
            "empty datacenter name in failover `Datacenters`", at: datacenter.valueRange,
            help: "Consul: `Bad Failover[\(ConsulValidation.quote(failover.key))].Datacenters: found empty datacenter`")
        }
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverDatacenters = RuleID("resolver-failover-datacenters")
}
