import CentryCore
import CentryModel

/// `failover-target-is-primary`: a failover target that is the primary target itself.
struct FailoverTargetIsPrimaryRule: Rule {
  static let description = RuleDescription(
    id: .failoverTargetIsPrimary, severity: .warning,
    summary: "A failover target equal to the primary target is dropped silently",
    rationale: """
      Consul drops failover targets whose target ID equals the primary's, typically the local \
      datacenter listed in `Datacenters`, or a target naming the service itself. The entry is \
      accepted, but that failover does nothing. centry compiles chains the way Consul validates \
      writes, with datacenter `dc1`.
      """,
    passing: [
      Example(
        .serviceResolver, "db",
        """
        Failover = {
          "*" = { Datacenters = ["dc2", "dc3"] }
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "db",
        """
        Failover = {
          "*" = { Datacenters = [«"dc1"», "dc2"] }
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var seen: Set<SourceRange> = []
    var diagnostics: [Diagnostic] = []
    for service in context.chainServices {
      guard let chain = context.chains[service]?.chain else { continue }
      for node in chain.nodes {
        guard case .resolver(let resolver) = node, let failover = resolver.failover else { continue }
        for range in failover.droppedRanges where seen.insert(range).inserted {
          diagnostics.append(
            Self.diagnostic(
              "failover to `\(resolver.targetID)`, the primary target itself, is dropped",
              at: range,
              help: "remove it; failover targets must differ from the primary (datacenter `\(chain.datacenter)`)"))
        }
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let failoverTargetIsPrimary = RuleID("failover-target-is-primary")
}
