import CentryCore
import CentryModel

/// `resolver-load-balancer-policy`: an unsupported `LoadBalancer.Policy`.
struct ResolverLoadBalancerPolicyRule: Rule {
  static let valid = ["", "random", "round_robin", "least_request", "ring_hash", "maglev"]

  static let description = RuleDescription(
    id: .resolverLoadBalancerPolicy, severity: .error,
    summary: "A `LoadBalancer.Policy` other than `random`, `round_robin`, `least_request`, `ring_hash`, `maglev`",
    rationale: """
      Consul supports these Envoy load-balancing policies, spelled exactly so (case-sensitive): \
      `random`, `round_robin`, `least_request`, `ring_hash`, `maglev`. Others fail with \
      `Bad LoadBalancer policy: "least_conn" is not supported`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer { Policy = "least_request" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer { Policy = «"least_conn"» }
        """),
      Example(
        """
        kind = "service-resolver"
        name = "api"
        load_balancer { policy = «"Ring_Hash"» }
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).compactMap { _, resolver in
      guard let policy = resolver.loadBalancer?.value.policy, !Self.valid.contains(policy.value) else { return nil }
      let normal = policy.value.lowercased().map { $0 == "-" ? "_" : $0 }
      let guess = Self.valid.first { !$0.isEmpty && $0 == String(normal) }
      return Self.diagnostic(
        "unsupported load-balancing policy \(ConsulValidation.code(policy.value))", at: policy.valueRange,
        help:
          "use `random`, `round_robin`, `least_request`, `ring_hash` or `maglev`; Consul: `Bad LoadBalancer policy: \(ConsulValidation.quote(policy.value)) is not supported`",
        suggestion: guess.map { Suggestion("did you mean `\($0)`?", replacement: "\"\($0)\"") })
    }
  }
}

extension RuleID {
  public static let resolverLoadBalancerPolicy = RuleID("resolver-load-balancer-policy")
}
