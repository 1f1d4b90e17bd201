import CentryCore
import CentryModel

/// `resolver-failover-enterprise`: failover namespaces, partitions, sameness groups or policies on CE.
struct ResolverFailoverEnterpriseRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverEnterprise, severity: .error,
    summary: "Failover to a namespace, partition or sameness group, or a failover policy, on Consul CE",
    rationale: """
      Consul CE's Validate rejects Enterprise features in `Failover`: \
      `Bad Failover["*"]: Setting Namespace requires Consul Enterprise` (likewise `SamenessGroup`), \
      `Bad Failover["*"]: Setting failover policies requires Consul Enterprise` for a `Policy.Mode`, \
      and `Bad Failover["*"].Targets[0]: Setting Partition requires Consul Enterprise` (likewise \
      `Namespace`) in targets.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = { "*" = { Targets = [{ Datacenter = "dc2" }, { Peer = "east" }] } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = {
          "*" = {
            Service = "x"
            «Namespace = "ns1"»
            Policy = { «Mode = "sequential"» }
            Targets = [{ «Partition = "p1"» }]
          }
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.failover.orEmpty().flatMap { failover -> [Diagnostic] in
        let prefix = "Bad Failover[\(ConsulValidation.quote(failover.key))]"
        let value = failover.value.value
        var found: [Diagnostic] = []
        for (field, key) in [(value.namespace, "Namespace"), (value.samenessGroup, "SamenessGroup")] {
          guard let field = ConsulValidation.nonEmpty(field) else { continue }
          found.append(
            Self.diagnostic(
              "failover `\(key)` is a Consul Enterprise feature", at: field.range,
              help: "Consul CE: `\(prefix): Setting \(key) requires Consul Enterprise`"))
        }
        if let mode = ConsulValidation.nonEmpty(value.policy?.value.mode) {
          found.append(
            Self.diagnostic(
              "failover policies are a Consul Enterprise feature", at: mode.range,
              help: "Consul CE: `\(prefix): Setting failover policies requires Consul Enterprise`"))
        }
        for (index, target) in value.targets.orEmpty().enumerated() {
          for (field, key) in [(target.value.partition, "Partition"), (target.value.namespace, "Namespace")] {
            guard let field = ConsulValidation.nonEmpty(field) else { continue }
            found.append(
              Self.diagnostic(
                "failover target `\(key)` is a Consul Enterprise feature", at: field.range,
                help: "Consul CE: `\(prefix).Targets[\(index)]: Setting \(key) requires Consul Enterprise`"))
          }
        }
        return found
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverEnterprise = RuleID("resolver-failover-enterprise")
}
