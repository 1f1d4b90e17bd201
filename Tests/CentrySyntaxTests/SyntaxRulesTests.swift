import CentrySyntax
import CentryTestSupport
import Testing

/// The `syntax` rule's own examples, run through the parser.
@Suite struct SyntaxRulesTests {
  @Test func descriptionIsRegistered() {
    #expect(SyntaxRules.descriptions.map(\.id) == [.syntax])
    let rule = SyntaxRule.description
    #expect(rule.severity == .error)
    #expect(!rule.summary.hasSuffix("."))
    #expect(rule.passing.count >= 2)
    #expect(rule.failing.count >= 3)
  }

  @Test func passingExamplesHaveNoSyntaxDiagnostic() {
    for example in SyntaxRule.description.passing {
      for (name, text) in example.files {
        let marked = MarkedSource(text)
        let result = parse(marked.text, name: name)
        #expect(
          result.diagnostics.isEmpty, "example at line \(example.sourceLine): \(result.diagnostics.map(\.message))")
      }
    }
  }

  @Test func failingExamplesReportExactlyTheMarkedRanges() {
    for example in SyntaxRule.description.failing {
      for (name, text) in example.files {
        let marked = MarkedSource(text)
        let result = parse(marked.text, name: name)
        let actual = result.diagnostics.filter { $0.rule == .syntax }.map { [$0.range.start, $0.range.end] }
        let expected = marked.ranges.map { [$0.start, $0.end] }
        #expect(!expected.isEmpty && expected.allSatisfy { $0[0] < $0[1] })
        #expect(actual == expected, "example at line \(example.sourceLine): \(result.diagnostics.map(\.message))")
      }
    }
  }
}
