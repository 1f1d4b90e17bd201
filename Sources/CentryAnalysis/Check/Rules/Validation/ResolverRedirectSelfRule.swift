import CentryCore
import CentryModel

/// `resolver-redirect-self`: a redirect that does not change the target.
struct ResolverRedirectSelfRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectSelf, severity: .warning,
    summary: "A `Redirect` to the resolver's own service that changes nothing else",
    rationale: """
      When a redirect leads back to the same target (its own service, with no subset, \
      datacenter or peer), the discovery-chain compiler silently ignores it.
      """,
    passing: [
      Example(
        .serviceResolver, "db",
        """
        Redirect { Service = "db", Datacenter = "dc2" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "db",
        """
        Redirect «{ Service = "db" }»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { entry, resolver in
      guard let redirect = resolver.redirect, redirect.value.service?.value == entry.entry.effectiveName else {
        return nil
      }
      let value = redirect.value
      let others = [
        value.serviceSubset, value.namespace, value.partition, value.datacenter, value.peer, value.samenessGroup,
      ]
      guard !others.contains(where: ConsulValidation.isSet) else { return nil }
      return Self.diagnostic(
        "`Redirect` to \(ConsulValidation.code(entry.entry.effectiveName)) itself does nothing",
        at: redirect.valueRange,
        help: "the discovery-chain compiler ignores a redirect that does not change the target")
    }
  }
}

extension RuleID {
  public static let resolverRedirectSelf = RuleID("resolver-redirect-self")
}
