import CentryCore
import CentryModel

/// `resolver-failover-empty`: a failover that names no target.
struct ResolverFailoverEmptyRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverEmpty, severity: .error,
    summary: "A failover without `Service`, `ServiceSubset`, `Namespace`, `Targets`, `SamenessGroup` or `Datacenters`",
    rationale: """
      A failover must say where to fail over to; a `Policy` alone does not count: \
      `Bad Failover["*"]: one of Service, ServiceSubset, Namespace, Targets, SamenessGroup, or Datacenters is required`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = { "*" = { Service = "api-b" } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = { "*" = «{ Datacenters = [] }» }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.failover.orEmpty().compactMap { failover in
        let value = failover.value.value
        let strings = [value.service, value.serviceSubset, value.namespace, value.samenessGroup]
        guard !strings.contains(where: ConsulValidation.isSet), value.datacenters.orEmpty().isEmpty,
          value.targets.orEmpty().isEmpty
        else { return nil }
        return Self.diagnostic(
          "failover \(ConsulValidation.code(failover.key)) has no target", at: failover.value.valueRange,
          help:
            "set `Service`, `ServiceSubset`, `Targets` or `Datacenters`; Consul: `Bad Failover[\(ConsulValidation.quote(failover.key))]: one of Service, ServiceSubset, Namespace, Targets, SamenessGroup, or Datacenters is required`"
        )
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverEmpty = RuleID("resolver-failover-empty")
}
