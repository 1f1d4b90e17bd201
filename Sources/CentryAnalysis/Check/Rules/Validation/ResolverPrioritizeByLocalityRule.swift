import CentryCore
import CentryModel

/// `resolver-prioritize-by-locality`: `PrioritizeByLocality`, an Enterprise feature.
struct ResolverPrioritizeByLocalityRule: Rule {
  static let description = RuleDescription(
    id: .resolverPrioritizeByLocality, severity: .error,
    summary: "`PrioritizeByLocality` with a `Mode`, which Consul CE rejects",
    rationale: """
      Locality-aware routing is a Consul Enterprise feature; CE rejects any non-empty mode with \
      `Prioritize-by-locality requires Consul Enterprise ` (sic, trailing space).
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        PrioritizeByLocality { Mode = "" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        PrioritizeByLocality { Mode = «"failover"» }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { _, resolver in
      guard let mode = ConsulValidation.nonEmpty(resolver.prioritizeByLocality?.value.mode) else { return nil }
      return Self.diagnostic(
        "`PrioritizeByLocality` is a Consul Enterprise feature", at: mode.valueRange,
        help: "Consul CE: `Prioritize-by-locality requires Consul Enterprise `")
    }
  }
}

extension RuleID {
  public static let resolverPrioritizeByLocality = RuleID("resolver-prioritize-by-locality")
}
