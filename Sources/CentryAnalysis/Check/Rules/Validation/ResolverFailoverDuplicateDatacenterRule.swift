import CentryCore
import CentryModel

/// `resolver-failover-duplicate-datacenter`: a datacenter listed twice in failover `Datacenters`.
struct ResolverFailoverDuplicateDatacenterRule: Rule {
  static let description = RuleDescription(
    id: .resolverFailoverDuplicateDatacenter, severity: .warning,
    summary: "A datacenter listed twice in failover `Datacenters`",
    rationale: """
      Consul accepts repeated datacenters in `Failover[…].Datacenters`; the repeat is a second \
      failover target equal to the first and adds nothing.
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
        .serviceResolver, "api",
        """
        Failover = { "*" = { Datacenters = ["dc2", "dc3", «"dc2"»] } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.failover.orEmpty().flatMap { failover -> [Diagnostic] in
        var seen: [String: Located<String>] = [:]
        return failover.value.value.datacenters.orEmpty().compactMap { datacenter in
          guard !datacenter.value.isEmpty else { return nil }
          guard let first = seen[datacenter.value] else {
            seen[datacenter.value] = datacenter
            return nil
          }
          return Self.diagnostic(
            "datacenter \(ConsulValidation.code(datacenter.value)) is listed twice", at: datacenter.valueRange,
            notes: [Note("first listed here", at: first.valueRange)])
        }
      }
    }
  }
}

extension RuleID {
  public static let resolverFailoverDuplicateDatacenter = RuleID("resolver-failover-duplicate-datacenter")
}
