import CentryCore
import CentryModel

/// `resolver-failover-subset`: failover to an undefined subset of the resolver's own service.
struct ResolverFailoverSubsetRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverSubset, severity: .error,
    summary: "Failover to a subset of the same service that the resolver does not define",
    rationale: """
      A failover `ServiceSubset` (or a target's) without `Service`, or with the resolver's own \
      name, must be one of this resolver's subsets: \
      `Bad Failover["v2"]: ServiceSubset "v9" is not a valid subset of ""`, \
      `Bad Failover["*"].Targets[0]: ServiceSubset "v7" is not a valid subset of "api"`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { v1 = { Filter = "Service.Meta.version == v1" }, v2 = { Filter = "Service.Meta.version == v2" } }
        Failover = { v2 = { ServiceSubset = "v1" }, "*" = { Service = "other", ServiceSubset = "v5" } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { v2 = { Filter = "Service.Meta.version == v2" } }
        Failover = {
          v2 = { ServiceSubset = «"v9"» }
          "*" = { Targets = [{ ServiceSubset = «"v7"» }] }
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { entry, resolver in
      let name = entry.entry.effectiveName
      func own(_ service: Located<String>?) -> Bool { !ConsulValidation.isSet(service) || service?.value == name }
      func unknown(_ subset: Located<String>?) -> Located<String>? {
        guard let subset = ConsulValidation.nonEmpty(subset), resolver.subsets?.value[subset.value] == nil else {
          return nil
        }
        return subset
      }
      return resolver.failover.orEmpty().flatMap { failover -> [Diagnostic] in
        let prefix = "Bad Failover[\(ConsulValidation.quote(failover.key))]"
        let value = failover.value.value
        var found: [Diagnostic] = []
        if own(value.service), let subset = unknown(value.serviceSubset) {
          found.append(
            Self.diagnostic(
              "failover to subset \(ConsulValidation.code(subset.value)), which this resolver does not define",
              at: subset.valueRange,
              help:
                "Consul: `\(prefix): ServiceSubset \(ConsulValidation.quote(subset.value)) is not a valid subset of \(ConsulValidation.quote(value.service?.value ?? ""))`"
            ))
        }
        for (index, target) in value.targets.orEmpty().enumerated() {
          guard own(target.value.service), !ConsulValidation.isSet(target.value.peer),
            let subset = unknown(target.value.serviceSubset)
          else { continue }
          found.append(
            Self.diagnostic(
              "failover target subset \(ConsulValidation.code(subset.value)) is not defined by this resolver",
              at: subset.valueRange,
              help:
                "Consul: `\(prefix).Targets[\(index)]: ServiceSubset \(ConsulValidation.quote(subset.value)) is not a valid subset of \(ConsulValidation.quote(name))`"
            ))
        }
        return found
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverSubset = RuleID("resolver-failover-subset")
}
