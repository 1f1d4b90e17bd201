import CentryCore
import CentryModel

/// `resolver-empty-hash-policy`: a hash policy that hashes nothing.
struct ResolverEmptyHashPolicyRule: Rule {
  static let description = RuleDescription(
    id: .resolverEmptyHashPolicy, severity: .error,
    summary: "A hash policy with neither `Field` nor `SourceIP`",
    rationale: """
      Consul's Validate accepts a hash policy that sets neither `Field` nor `SourceIP` (`{}` or \
      `{ Terminal = true }`), but generating the Envoy route then fails with \
      `unsupported load balancer hash policy field: `, so the service's routes never reach Envoy.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer { Policy = "maglev", HashPolicies = [{ SourceIP = true, Terminal = true }] }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer { Policy = "maglev", HashPolicies = [«{ Terminal = true }»] }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.loadBalancer?.value.hashPolicies.orEmpty().compactMap { policy in
        guard !ConsulValidation.isSet(policy.value.field), policy.value.sourceIP?.value != true,
          !ConsulValidation.isSet(policy.value.fieldValue)
        else { return nil }
        return Self.diagnostic(
          "hash policy hashes nothing: set `Field` and `FieldValue`, or `SourceIP = true`", at: policy.valueRange,
          help: "Consul accepts it, but building the Envoy route fails: `unsupported load balancer hash policy field: `"
        )
      } ?? []
    }
  }
}

extension RuleID {
  public static let resolverEmptyHashPolicy = RuleID("resolver-empty-hash-policy")
}
