import CentryTestSupport
import Testing

@testable import CentryKit

/// Runs every decoding rule's examples through the whole pipeline.
@Suite struct DecodingRuleExampleTests {
  static let rules = DecodingRules.descriptions
  static let decodingIDs = Set(rules.map(\.id))

  @Test(arguments: rules.map(\.id))
  func passingExamplesDoNotReportTheRule(_ id: String) throws {
    let rule = try #require(Self.rules.first(where: { $0.id == id }))
    #expect(!rule.passing.isEmpty)
    for example in rule.passing {
      let (report, _) = lint(example)
      // No decoding diagnostic at all (later layers may still judge the entry).
      let found = report.diagnostics.filter { Self.decodingIDs.contains($0.rule) || $0.rule == "syntax" }
      #expect(found.isEmpty, "\(example.sourceFile):\(example.sourceLine): \(found.map(\.message))")
    }
  }

  @Test(arguments: rules.map(\.id))
  func failingExamplesReportTheRuleAtTheMarkers(_ id: String) throws {
    let rule = try #require(Self.rules.first(where: { $0.id == id }))
    #expect(!rule.failing.isEmpty)
    for example in rule.failing {
      let (report, expected) = lint(example)
      let found = report.diagnostics.filter { $0.rule == id }.map {
        [$0.range.file.index, $0.range.start, $0.range.end]
      }
      #expect(
        found.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) },
        "\(example.sourceFile):\(example.sourceLine): \(report.diagnostics.map { "\($0.rule): \($0.message)" })")
      let others = report.diagnostics.filter {
        $0.rule != id && (Self.decodingIDs.contains($0.rule) || $0.rule == "syntax") && $0.severity == .error
      }
      #expect(others.isEmpty, "\(example.sourceFile):\(example.sourceLine): other errors \(others.map(\.message))")
    }
  }

  @Test func severitiesMatchTheRegistry() {
    for rule in Self.rules {
      #expect(
        rule.severity
          == (["unsupported-kind", "meta-not-string", "repeated-key"].contains(rule.id) ? .warning : .error))
      #expect(!rule.summary.hasSuffix("."))
    }
  }

  /// Lints the example's files; returns the report and the marked ranges as [file, start, end].
  private func lint(_ example: Example) -> (LintReport, [[Int]]) {
    var files: [SourceFile] = []
    var expected: [[Int]] = []
    for (index, file) in example.files.enumerated() {
      let marked = MarkedSource(file.text)
      files.append(SourceFile(name: file.name, text: marked.text))
      expected += marked.ranges.map { [index, $0.start, $0.end] }
    }
    return (Linter.lint(files), expected)
  }
}

@Suite struct DecodingRuleCatalogTests {
  @Test func everyReportedIDHasADescription() {
    let described = Dictionary(uniqueKeysWithValues: DecodingRules.descriptions.map { ($0.id, $0.severity) })
    for rule in DecodingRule.allCases {
      #expect(described[rule.rawValue] == rule.severity, "\(rule.rawValue)")
    }
    #expect(described.count == DecodingRule.allCases.count)
  }
}
