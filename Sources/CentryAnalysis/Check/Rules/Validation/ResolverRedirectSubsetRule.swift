import CentryCore
import CentryModel

/// `resolver-redirect-subset`: a redirect to an undefined subset of the resolver's own service.
struct ResolverRedirectSubsetRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectSubset, severity: .error,
    summary: "A redirect to a subset of the same service that the resolver does not define",
    rationale: """
      When a resolver redirects to a subset of its own service, that subset must be in its \
      `Subsets`: `Redirect.ServiceSubset "v1" is not a valid subset of "legacy-db"`. (Subsets of \
      other services are checked when the discovery chain is compiled.)
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { v1 = { Filter = "Service.Meta.version == v1" } }
        Redirect { Service = "api", ServiceSubset = "v1" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect { Service = "legacy-db", ServiceSubset = «"v1"» }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { entry, resolver in
      let name = entry.entry.effectiveName
      guard let redirect = resolver.redirect?.value, let subset = ConsulValidation.nonEmpty(redirect.serviceSubset),
        redirect.service?.value == name, resolver.subsets?.value[subset.value] == nil
      else { return nil }
      return Self.diagnostic(
        "redirect to subset \(ConsulValidation.code(subset.value)), which this resolver does not define",
        at: subset.valueRange,
        help:
          "Consul: `Redirect.ServiceSubset \(ConsulValidation.quote(subset.value)) is not a valid subset of \(ConsulValidation.quote(name))`"
      )
    }
  }
}

extension RuleID {
  public static let resolverRedirectSubset = RuleID("resolver-redirect-subset")
}
