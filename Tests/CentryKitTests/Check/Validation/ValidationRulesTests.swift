import CentryKit
import CentryTestSupport
import Foundation
import Testing

/// The hand-kept list in `ValidationRules.swift` matches the rule files, and its IDs are unique.
@Suite struct ValidationRulesTests {
  @Test func everyRuleFileIsRegistered() throws {
    let folder = repositoryRoot.appendingPathComponent("Sources/CentryKit/Check/Rules/Validation")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix("Rule.swift") }
      .map { String($0.dropLast(".swift".count)) }
      .sorted()
    let registered = ValidationRules.all.map { String(describing: type(of: $0)) }.sorted()
    #expect(files == registered)
  }

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
