import CentryCore
import CentryModel

/// `resolver-redirect-empty`: a `Redirect` block that sets nothing.
struct ResolverRedirectEmptyRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectEmpty, severity: .error,
    summary: "A `Redirect` that names no service, subset, datacenter or peer",
    rationale: """
      A redirect must say where to go; Consul rejects an empty one with `Redirect is empty`.
      """,
    passing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect { Datacenter = "dc-west" }
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-resolver"
        name = "legacy-db"
        redirect «{ service = "" }»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { _, resolver in
      guard let redirect = resolver.redirect else { return nil }
      let value = redirect.value
      let fields = [
        value.service, value.serviceSubset, value.namespace, value.partition, value.datacenter, value.peer,
        value.samenessGroup,
      ]
      guard !fields.contains(where: ConsulValidation.isSet) else { return nil }
      return Self.diagnostic("`Redirect` is empty", at: redirect.valueRange, help: "Consul: `Redirect is empty`")
    }
  }
}

extension RuleID {
  public static let resolverRedirectEmpty = RuleID("resolver-redirect-empty")
}
