import CentryCore
import CentryModel

/// `resolver-failover-key`: a `Failover` key that is neither `*` nor a defined subset.
struct ResolverFailoverKeyRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverKey, severity: .error,
    summary: "A `Failover` key that is neither `*` nor one of the resolver's subsets",
    rationale: """
      Failover is configured per subset of this resolver, or for all traffic with `*`; any other \
      key fails: `Bad Failover["v9"]: not a valid subset subset` (sic). An empty key is always \
      rejected: failover for unsubsetted traffic uses `*`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { v1 = { Filter = "Service.Meta.version == v1" } }
        Failover = { v1 = { Datacenters = ["dc2"] }, "*" = { Datacenters = ["dc3"] } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { v1 = { Filter = "Service.Meta.version == v1" } }
        Failover = { «v9» = { Datacenters = ["dc2"] } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.failover.orEmpty().compactMap { failover in
        guard failover.key != "*", resolver.subsets?.value[failover.key] == nil else { return nil }
        return Self.diagnostic(
          failover.key.isEmpty
            ? "failover key is empty; use `*` for all traffic"
            : "failover for subset \(ConsulValidation.code(failover.key)), which this resolver does not define",
          at: failover.keyRange,
          help: "Consul: `Bad Failover[\(ConsulValidation.quote(failover.key))]: not a valid subset subset`")
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverKey = RuleID("resolver-failover-key")
}
