import CentryCore
import CentryModel

/// `resolver-failover-conflict`: failover fields that cannot be combined.
struct ResolverFailoverConflictRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverConflict, severity: .error,
    summary: "A failover or failover target combining fields Consul forbids together",
    rationale: """
      `Targets` replaces `Service`, `ServiceSubset` and `Datacenters` \
      (`Bad Failover["*"]: Targets cannot be set with Service`); `SamenessGroup` cannot be combined \
      with `Datacenters`, `ServiceSubset` or `Targets`; in a target, `Peer` excludes \
      `ServiceSubset`, `Partition` and `Datacenter`, and `Partition` excludes `Datacenter` \
      (`Bad Failover["*"].Targets[0]: Peer cannot be set with Datacenter`). Consul reports the \
      first problem; centry reports every one.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = { "*" = { Targets = [{ Peer = "p1" }, { Service = "api-b", Datacenter = "dc2" }] } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = {
          "*" = {
            Service = "api-b"
            «Targets = [{ Peer = "p1", «Datacenter = "dc2"» }]»
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
        func report(_ a: SourceRange, _ aKey: String, _ b: SourceRange, _ bKey: String, _ consul: String) {
          let at = ConsulValidation.later(a, b)
          let other = at == a ? (b, bKey) : (a, aKey)
          found.append(
            Self.diagnostic(
              "`\(aKey)` cannot be combined with `\(bKey)`", at: at,
              notes: [Note("`\(other.1)` is set here", at: other.0)], help: "Consul: `\(consul)`"))
        }
        let datacenters = value.datacenters.flatMap { $0.value.isEmpty ? nil : $0 }
        let targets = value.targets.flatMap { $0.value.isEmpty ? nil : $0 }
        if let group = ConsulValidation.nonEmpty(value.samenessGroup) {
          if let datacenters {
            report(
              group.range, "SamenessGroup", datacenters.range, "Datacenters",
              "\(prefix): SamenessGroup cannot be set with Datacenters")
          }
          if let subset = ConsulValidation.nonEmpty(value.serviceSubset) {
            report(
              group.range, "SamenessGroup", subset.range, "ServiceSubset",
              "\(prefix): SamenessGroup cannot be set with ServiceSubset")
          }
          if let targets {
            report(
              group.range, "SamenessGroup", targets.range, "Targets",
              "\(prefix): SamenessGroup cannot be set with Targets")
          }
        }
        if let targets {
          if let datacenters {
            report(
              targets.range, "Targets", datacenters.range, "Datacenters",
              "\(prefix): Targets cannot be set with Datacenters")
          }
          if let subset = ConsulValidation.nonEmpty(value.serviceSubset) {
            report(
              targets.range, "Targets", subset.range, "ServiceSubset",
              "\(prefix): Targets cannot be set with ServiceSubset")
          }
          if let service = ConsulValidation.nonEmpty(value.service) {
            report(targets.range, "Targets", service.range, "Service", "\(prefix): Targets cannot be set with Service")
          }
        }
        for (index, target) in value.targets.orEmpty().enumerated() {
          let t = target.value
          let targetPrefix = "\(prefix).Targets[\(index)]"
          func pair(_ a: Located<String>?, _ aKey: String, _ b: Located<String>?, _ bKey: String, _ consul: String) {
            guard let a = ConsulValidation.nonEmpty(a), let b = ConsulValidation.nonEmpty(b) else { return }
            report(a.range, aKey, b.range, bKey, "\(targetPrefix): \(consul)")
          }
          pair(t.peer, "Peer", t.serviceSubset, "ServiceSubset", "Peer cannot be set with ServiceSubset")
          pair(t.peer, "Peer", t.partition, "Partition", "Partition cannot be set with Peer")
          pair(t.peer, "Peer", t.datacenter, "Datacenter", "Peer cannot be set with Datacenter")
          pair(t.partition, "Partition", t.datacenter, "Datacenter", "Partition cannot be set with Datacenter")
        }
        return found
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverConflict = RuleID("resolver-failover-conflict")
}
