import Testing

@testable import CentryAnalysis
@testable import CentryCore
@testable import CentryEngine
@testable import CentryRender
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

  @Test(arguments: [
    ("web.hcl", "web.hcl"), ("./dir/web.hcl", "dir/web.hcl"), ("dir\\web.hcl", "dir/web.hcl"),
    ("my dir/a,b.hcl", "my%20dir/a%2Cb.hcl"), ("/abs/x.hcl", "file:///abs/x.hcl"), ("<stdin>", "<stdin>"),
    ("服.hcl", "%E6%9C%8D.hcl"),
  ])
  func sarifURIs(_ path: String, _ expected: String) {
    #expect(SARIFRenderer.uri(forPath: path) == expected)
  }

  @Test func githubEscaping() {
    #expect(GitHubRenderer.escapeData("50% a\r\nb:c,d") == "50%25 a%0D%0Ab:c,d")
    #expect(GitHubRenderer.escapeProperty("50% a\r\nb:c,d") == "50%25 a%0D%0Ab%3Ac%2Cd")
  }

  @Test func sarifFingerprintIsStableAndIgnoresLineMoves() {
    func fingerprint(_ text: String, at needle: String) -> String {
      var sources = SourceMap()
      let id = sources.add(SourceFile(name: "a.hcl", text: text))
      let bytes = Array(text.utf8)
      let target = Array(needle.utf8)
      let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<$0 + target.count]) == target } ?? 0
      let diagnostic = Diagnostic(
        rule: RuleID("x"), severity: .error, message: "m",
        range: SourceRange(file: id, start: start, end: start + target.count)
      )
      return SARIFRenderer.fingerprint(diagnostic, sources: sources)
    }
    let first = fingerprint("a = 1\nbad = 2\n", at: "bad")
    #expect(first.count == 16)
    #expect(first == fingerprint("# moved\na = 1\n  bad = 2\n", at: "bad"))
    #expect(first != fingerprint("a = 1\nbad = 3\n", at: "bad"))
  }
}
