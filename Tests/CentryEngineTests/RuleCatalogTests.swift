import Testing

@testable import CentryAnalysis
@testable import CentryCore
@testable import CentryEngine
@testable import CentrySyntax

@Suite struct RuleCatalogTests {
  static let catalog = RuleCatalog(rules: RuleRegistry.descriptions)

  @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0), ("多字节", "多字", 1)])
  func editDistanceCountsScalarEdits(_ a: String, _ b: String, _ expected: Int) {
    #expect(editDistance(a, b) == expected)
    #expect(editDistance(b, a) == expected)
  }

  @Test func closestSuggestsOnlyNearMisses() {
    #expect(Self.catalog.closest(to: "unsuported-input") == .unsupportedInput)
    #expect(Self.catalog.closest(to: "UNSUPPORTED-INPUT") == nil)
    #expect(Self.catalog.closest(to: "qqqqqqqqqqqqqqqqqq") == nil)
  }

  @Test func detailStripsMarkersAndRendersFailingExamples() {
    let rule = UnsupportedInputRule.description
    let text = Self.catalog.detail(rule)
    #expect(!text.contains("«") && !text.contains("»"))
    #expect(text.contains("    error[unsupported-input]: "))
    #expect(text.hasPrefix("unsupported-input: \(rule.summary)\n"))
  }

  @Test func emptyCatalogSaysSo() {
    #expect(RuleCatalog(rules: []).list() == "no rules registered\n")
  }
}
