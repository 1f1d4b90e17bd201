import CentryCore
import CentryModel

/// `resolver-default-subset`: a `DefaultSubset` that is not one of the resolver's subsets.
struct ResolverDefaultSubsetRule: Rule {
  static let description = RuleDescription(
    id: .resolverDefaultSubset, severity: .error,
    summary: "`DefaultSubset` names a subset the resolver does not define",
    rationale: """
      The default subset must be a key of the same resolver's `Subsets`; Consul rejects others: \
      `DefaultSubset "v3" is not a valid subset`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        DefaultSubset = "v1"
        Subsets = { v1 = { Filter = "Service.Meta.version == v1" } }
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-resolver"
        name = "api"
        default_subset = «"v3"»
        subsets = { v1 = { filter = "Service.Meta.version == v1" } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { _, resolver in
      guard let subset = ConsulValidation.nonEmpty(resolver.defaultSubset),
        resolver.subsets?.value[subset.value] == nil
      else { return nil }
      let known = resolver.subsets.orEmpty().map { ConsulValidation.code($0.key) }
      return Self.diagnostic(
        "default subset \(ConsulValidation.code(subset.value)) is not defined in `Subsets`", at: subset.valueRange,
        help: (known.isEmpty ? "the resolver defines no subsets" : "defined subsets: \(known.joined(separator: ", "))")
          + "; Consul: `DefaultSubset \(ConsulValidation.quote(subset.value)) is not a valid subset`")
    }
  }
}

extension RuleID {
  public static let resolverDefaultSubset = RuleID("resolver-default-subset")
}
