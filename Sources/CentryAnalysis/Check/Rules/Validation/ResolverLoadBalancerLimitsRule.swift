import CentryCore
import CentryModel

/// `resolver-load-balancer-limits`: ring sizes or a choice count Envoy rejects.
struct ResolverLoadBalancerLimitsRule: Rule {
  static let maximumRingSize: UInt64 = 8_388_608

  static let description = RuleDescription(
    id: .resolverLoadBalancerLimits, severity: .error,
    summary: "A ring size or least-request choice count outside Envoy's limits",
    rationale: """
      Consul passes `RingHashConfig` and `LeastRequestConfig` to Envoy unchecked. Envoy rejects \
      the cluster when `MinimumRingSize` exceeds `MaximumRingSize`, when a ring size exceeds \
      8,388,608, or when `ChoiceCount` is 1 (it must be at least 2).
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer {
          Policy = "ring_hash"
          RingHashConfig { MinimumRingSize = 1024, MaximumRingSize = 8192 }
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer {
          Policy = "ring_hash"
          RingHashConfig { MinimumRingSize = «10000», MaximumRingSize = 8192 }
        }
        """),
      Example(
        .serviceResolver, "api",
        """
        LoadBalancer {
          Policy = "least_request"
          LeastRequestConfig { ChoiceCount = «1» }
        }
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver -> [Diagnostic] in
      guard let lb = resolver.loadBalancer?.value else { return [] }
      var found: [Diagnostic] = []
      if let ring = lb.ringHashConfig?.value {
        for (field, key) in [(ring.minimumRingSize, "MinimumRingSize"), (ring.maximumRingSize, "MaximumRingSize")] {
          guard let field, field.value > Self.maximumRingSize else { continue }
          found.append(
            Self.diagnostic("`\(key)` \(field.value) is above Envoy's limit of 8388608", at: field.valueRange))
        }
        if let minimum = ring.minimumRingSize, let maximum = ring.maximumRingSize, maximum.value > 0,
          minimum.value > maximum.value, minimum.value <= Self.maximumRingSize
        {
          found.append(
            Self.diagnostic(
              "`MinimumRingSize` \(minimum.value) is larger than `MaximumRingSize` \(maximum.value)",
              at: minimum.valueRange,
              notes: [Note("maximum set here", at: maximum.valueRange)]))
        }
      }
      if let count = lb.leastRequestConfig?.value.choiceCount, count.value == 1 {
        found.append(
          Self.diagnostic(
            "`ChoiceCount` must be at least 2", at: count.valueRange, help: "Envoy rejects a choice count of 1"))
      }
      return found
    }
  }
}

extension RuleID {
  public static let resolverLoadBalancerLimits = RuleID("resolver-load-balancer-limits")
}
