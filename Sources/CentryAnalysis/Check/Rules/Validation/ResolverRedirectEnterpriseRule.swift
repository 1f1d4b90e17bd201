import CentryCore
import CentryModel

/// `resolver-redirect-enterprise`: a redirect `Partition`, `Namespace` or `SamenessGroup` on CE.
struct ResolverRedirectEnterpriseRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectEnterprise, severity: .error,
    summary: "A redirect to a partition, namespace or sameness group, which Consul CE rejects",
    rationale: """
      Partitions, namespaces and sameness groups are Consul Enterprise features; CE's Validate \
      rejects them in `Redirect`: `Redirect: Setting Partition requires Consul Enterprise` \
      (likewise `Namespace` and `SamenessGroup`).
      """,
    passing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect { Service = "db", Datacenter = "dc-west" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect {
          Service = "db"
          «Namespace = "x"»
          «Partition = "p"»
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver -> [Diagnostic] in
      guard let redirect = resolver.redirect?.value else { return [] }
      return [
        (redirect.partition, "Partition"), (redirect.namespace, "Namespace"), (redirect.samenessGroup, "SamenessGroup"),
      ]
      .compactMap { field, key in
        guard let field = ConsulValidation.nonEmpty(field) else { return nil }
        return Self.diagnostic(
          "redirect `\(key)` is a Consul Enterprise feature", at: field.range,
          help: "Consul CE: `Redirect: Setting \(key) requires Consul Enterprise`")
      }
    }
  }
}

extension RuleID {
  public static let resolverRedirectEnterprise = RuleID("resolver-redirect-enterprise")
}
