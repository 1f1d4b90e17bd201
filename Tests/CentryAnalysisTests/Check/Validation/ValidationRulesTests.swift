import CentryAnalysis
import CentryCore
import CentryTestSupport
import Foundation
import Testing

/// The validation rules' IDs are unique and their severities follow Consul (every group's list
/// is compared with its rule files in `RuleRegistryTests`).
@Suite struct ValidationRulesTests {
  @Test func idsAreUniqueAndStable() {
    let ids = ValidationRules.all.map { type(of: $0).description.id }
    #expect(Set(ids).count == ids.count)
    // The acceptance rule keeps its ID and severity.
    #expect(RuleRegistry.description(for: .splitterWeightsSum)?.severity == .error)
  }

  /// Consul's Validate errors are errors; the pitfalls it accepts are warnings unless Envoy fails.
  @Test func severities() {
    let errors: Set<RuleID> = [
      .splitterWeightRange, .resolverEmptyHashPolicy, .resolverLoadBalancerLimits, .defaultsMaxRequestHeadersKB,
    ]
    for rule in ValidationRules.all {
      let description = type(of: rule).description
      guard description.severity == .warning else { continue }
      #expect(!errors.contains(description.id))
    }
    for id in errors {
      #expect(RuleRegistry.description(for: id)?.severity == .error, "\(id)")
    }
  }
}
