import CentryAnalysis
import CentryCore
import CentryModel
import CentrySyntax
import CentryTestSupport
import Foundation
import Testing

/// Every rule file of every group is in its group's hand-kept list, every list is in the
/// registry, and every ID is registered once.
@Suite struct RuleRegistryTests {
  /// One folder of rule files (`<Name>Rule.swift`, one rule each) and the lists that register them.
  struct Group: Sendable, CustomTestStringConvertible {
    var folder: String
    var registered: @Sendable () -> [String]
    var testDescription: String { folder }
  }

  static let groups: [Group] = [
    Group(folder: "Sources/CentrySyntax/Rules") {
      (SyntaxRules.all + InputRules.all).map { String(describing: $0) }
    },
    Group(folder: "Sources/CentryModel/Rules") { DecodingRules.all.map { String(describing: $0) } },
    Group(folder: "Sources/CentryAnalysis/Check/Rules/Validation") {
      ValidationRules.all.map { String(describing: type(of: $0)) }
    },
    Group(folder: "Sources/CentryAnalysis/Check/Rules/Expr") {
      ExpressionRules.all.map { String(describing: type(of: $0)) }
    },
    Group(folder: "Sources/CentryAnalysis/Check/Rules/Chain") {
      ChainRules.all.map { String(describing: type(of: $0)) }
    },
  ]

  @Test(arguments: groups) func everyRuleFileIsRegistered(_ group: Group) throws {
    let folder = repositoryRoot.appendingPathComponent(group.folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix("Rule.swift") }
      .map { String($0.dropLast(".swift".count)) }
      .sorted()
    #expect(!files.isEmpty)
    #expect(files == group.registered().sorted())
  }

  @Test func everyGroupIsInTheRegistry() {
    let grouped =
      (InputRules.descriptions + SyntaxRules.descriptions + DecodingRules.descriptions).map(\.id)
      + (ValidationRules.all + ExpressionRules.all + ChainRules.all).map { type(of: $0).description.id }
    let registered = RuleRegistry.descriptions.map(\.id)
    #expect(registered == grouped.sorted())
    #expect(Set(registered).count == registered.count)
    #expect(RuleRegistry.checks.count == ValidationRules.all.count + ExpressionRules.all.count + ChainRules.all.count)
  }
}
