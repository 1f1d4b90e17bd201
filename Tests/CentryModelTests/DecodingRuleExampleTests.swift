import CentryTestSupport
import Foundation
import Testing

@testable import CentryCore
@testable import CentryEngine
@testable import CentryModel

/// Runs every decoding rule's examples through the whole pipeline.
@Suite struct DecodingRuleExampleTests {
  static let rules = DecodingRules.descriptions
  static let decodingIDs = Set(rules.map(\.id))

  @Test(arguments: rules.map(\.id))
  func passingExamplesDoNotReportTheRule(_ id: RuleID) throws {
    let rule = try #require(Self.rules.first(where: { $0.id == id }))
    #expect(!rule.passing.isEmpty)
    for example in rule.passing {
      let (report, _) = lint(example)
      // No decoding diagnostic at all (later layers may still judge the entry).
      let found = report.diagnostics.filter { Self.decodingIDs.contains($0.rule) || $0.rule == .syntax }
      #expect(found.isEmpty, "\(example.sourceFile):\(example.sourceLine): \(found.map(\.message))")
    }
  }

  @Test(arguments: rules.map(\.id))
  func failingExamplesReportTheRuleAtTheMarkers(_ id: RuleID) throws {
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
        $0.rule != id && (Self.decodingIDs.contains($0.rule) || $0.rule == .syntax) && $0.severity == .error
      }
      #expect(others.isEmpty, "\(example.sourceFile):\(example.sourceLine): other errors \(others.map(\.message))")
    }
  }

  @Test func severitiesMatchTheRegistry() {
    for rule in Self.rules {
      #expect(
        rule.severity
          == ([RuleID.unsupportedKind, .metaNotString, .repeatedKey].contains(rule.id) ? .warning : .error))
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
  /// Every `report(.someRule, …)` in the decoder names a rule of ``DecodingRules`` (by the
  /// convention that `.someRule` is declared in `SomeRuleRule.swift` next to its description).
  @Test func everyReportedIDHasADescription() throws {
    let folder = repositoryRoot.appendingPathComponent("Sources/CentryModel")
    let registered = Set(DecodingRules.all.map { String(describing: $0) })
    var reported: Set<String> = []
    let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: #/report\(\s*\.([a-z][A-Za-z]*)/#) {
        reported.insert(match.1.prefix(1).uppercased() + match.1.dropFirst() + "Rule")
      }
    }
    #expect(!reported.isEmpty)
    #expect(
      reported.subtracting(registered).isEmpty, "reported but not registered: \(reported.subtracting(registered))")
    let ids = DecodingRules.descriptions.map(\.id)
    #expect(Set(ids).count == ids.count)
  }
}
