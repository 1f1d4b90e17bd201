import CentryCore
import CentryModel
import CentrySyntax

/// `resolver-load-balancer-config`: policy settings that do not belong to the chosen policy.
struct ResolverLoadBalancerConfigRule: Rule {
  static let description = RuleDescription(
    id: .resolverLoadBalancerConfig, severity: .error,
    summary: "`RingHashConfig`, `LeastRequestConfig` or `HashPolicies` for a policy that does not use them",
    rationale: """
      `RingHashConfig` belongs to `ring_hash`, `LeastRequestConfig` to `least_request`, and \
      `HashPolicies` to the hash-based `ring_hash` and `maglev`. Consul rejects them with any other \
      policy: `Bad LoadBalancer configuration. RingHashConfig specified for incompatible load \
      balancing policy "maglev"`, `Bad LoadBalancer configuration: HashPolicies specified for \
      non-hash-based Policy: "round_robin"`.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer {
          Policy = "ring_hash"
          RingHashConfig { MinimumRingSize = 1024 }
          HashPolicies = [{ SourceIP = true }]
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer {
          Policy = "round_robin"
          «RingHashConfig» { MinimumRingSize = 1024 }
          «LeastRequestConfig» { ChoiceCount = 3 }
          «HashPolicies» = [{ SourceIP = true }]
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver -> [Diagnostic] in
      guard let lb = resolver.loadBalancer?.value else { return [] }
      let policy = lb.policy?.value ?? ""
      let quoted = ConsulValidation.quote(policy)
      let shown = policy.isEmpty ? "the default policy" : "policy \(ConsulValidation.code(policy))"
      var found: [Diagnostic] = []
      if let config = lb.ringHashConfig, policy != "ring_hash" {
        found.append(
          Self.diagnostic(
            "`RingHashConfig` has no effect with \(shown); it needs `ring_hash`", at: config.keyOrValueRange,
            help:
              "Consul: `Bad LoadBalancer configuration. RingHashConfig specified for incompatible load balancing policy \(quoted)`"
          ))
      }
      if let config = lb.leastRequestConfig, policy != "least_request" {
        found.append(
          Self.diagnostic(
            "`LeastRequestConfig` has no effect with \(shown); it needs `least_request`", at: config.keyOrValueRange,
            help:
              "Consul: `Bad LoadBalancer configuration. LeastRequestConfig specified for incompatible load balancing policy \(quoted)`"
          ))
      }
      if let hashes = lb.hashPolicies, !hashes.value.isEmpty, policy != "ring_hash", policy != "maglev" {
        found.append(
          Self.diagnostic(
            "`HashPolicies` need a hash-based policy (`ring_hash` or `maglev`), not \(shown)",
            at: hashes.keyOrValueRange,
            help:
              "Consul: `Bad LoadBalancer configuration: HashPolicies specified for non-hash-based Policy: \(quoted)`"))
      }
      return found
    }
  }
}

extension RuleID {
  public static let resolverLoadBalancerConfig = RuleID("resolver-load-balancer-config")
}
