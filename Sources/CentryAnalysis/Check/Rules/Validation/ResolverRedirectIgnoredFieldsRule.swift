import CentryCore
import CentryModel

/// `resolver-redirect-ignored-fields`: settings of a resolver that redirects to another service.
struct ResolverRedirectIgnoredFieldsRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectIgnoredFields, severity: .warning,
    summary: "Subsets, timeouts or load balancing on a resolver that redirects to another service",
    rationale: """
      A resolver that redirects to a different service contributes nothing but the redirect: \
      its `Subsets`, `DefaultSubset`, `ConnectTimeout`, `RequestTimeout` and `LoadBalancer` are \
      ignored, and the target service's resolver supplies them.
      """,
    passing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect { Service = "db" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        «ConnectTimeout» = "3s"
        «LoadBalancer» { Policy = "random" }
        Redirect { Service = "db" }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { entry, resolver -> [Diagnostic] in
      guard let target = ConsulValidation.nonEmpty(resolver.redirect?.value.service),
        target.value != entry.entry.effectiveName
      else { return [] }
      let fields: [(SourceRange?, String)] = [
        (resolver.subsets?.keyOrValueRange, "Subsets"), (resolver.defaultSubset?.keyOrValueRange, "DefaultSubset"),
        (resolver.connectTimeout?.keyOrValueRange, "ConnectTimeout"),
        (resolver.requestTimeout?.keyOrValueRange, "RequestTimeout"),
        (resolver.loadBalancer?.keyOrValueRange, "LoadBalancer"),
      ]
      return fields.compactMap { range, key in
        guard let range else { return nil }
        return Self.diagnostic(
          "`\(key)` is ignored: this resolver redirects to \(ConsulValidation.code(target.value))", at: range,
          notes: [Note("redirect here", at: target.range)],
          help: "set it on the resolver of \(ConsulValidation.code(target.value)) instead")
      }
    }
  }
}

extension RuleID {
  public static let resolverRedirectIgnoredFields = RuleID("resolver-redirect-ignored-fields")
}
