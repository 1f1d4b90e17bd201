import CentryCore
import CentryModel

/// `resolver-redirect-with-failover`: `Redirect` and `Failover` in one resolver.
struct ResolverRedirectWithFailoverRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectWithFailover, severity: .error,
    summary: "A resolver with both `Redirect` and `Failover`",
    rationale: """
      A redirecting resolver hands resolution to its target, whose resolver decides failover; \
      Consul rejects both together: `Redirect and Failover cannot both be set`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Failover = { "*" = { Datacenters = ["dc2"] } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        «Redirect» { Service = "x" }
        Failover = { "*" = { Datacenters = ["dc2"] } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { _, resolver in
      guard let redirect = resolver.redirect, let failover = resolver.failover, !failover.value.isEmpty else {
        return nil
      }
      return Self.diagnostic(
        "`Redirect` and `Failover` cannot both be set", at: redirect.keyOrValueRange,
        notes: [Note("`Failover` is set here", at: failover.keyOrValueRange)],
        help: "set failover on the redirect target's resolver; Consul: `Redirect and Failover cannot both be set`")
    }
  }
}

extension RuleID {
  public static let resolverRedirectWithFailover = RuleID("resolver-redirect-with-failover")
}
