import CentryTestSupport
import Foundation
import Testing

@testable import CentryAnalysis
@testable import CentryCore
@testable import CentryEngine

@Suite struct ExpressionRulesTests {
  struct Found: Equatable, CustomStringConvertible {
    var rule: RuleID
    var line: Int
    var column: Int
    var text: String
    var description: String { "\(rule)@\(line):\(column) `\(text)`" }
  }

  func lint(_ name: String, _ text: String, catalog: ServiceCatalog? = nil) -> (LintReport, [Found]) {
    let report = Linter.lint([SourceFile(name: name, text: text)], options: LintOptions(catalog: catalog))
    let found = report.diagnostics.map { diagnostic in
      let start = report.sources.resolve(diagnostic.range).start
      return Found(
        rule: diagnostic.rule, line: start.line, column: start.column,
        text: report.sources[diagnostic.range.file].text(of: diagnostic.range))
    }
    return (report, found)
  }

  @Test func assignInsteadOfEqualsPointsAtTheEqualsSign() {
    let (report, found) = lint(
      "r.hcl",
      "Kind = \"service-resolver\"\nName = \"web\"\nSubsets {\n  v1 {\n    Filter = \"Service.Meta.version = v1\"\n  }\n}\n"
    )
    #expect(found == [Found(rule: .filterSyntax, line: 5, column: 36, text: "=")])
    #expect(report.diagnostics.first?.severity == .error)
    #expect(report.diagnostics.first?.suggestion?.replacement == "==")
  }

  @Test func misspelledMetaSuggestsMeta() {
    let (report, found) = lint(
      "r.hcl",
      "Kind = \"service-resolver\"\nName = \"web\"\nSubsets = { v1 = { Filter = \"Service.Metaa.version == v1\" } }\n")
    #expect(found == [Found(rule: .filterUnknownSelector, line: 3, column: 38, text: "Metaa")])
    #expect(report.diagnostics.first?.suggestion?.message == "did you mean `Meta`?")
  }

  @Test func lookaheadInPathRegex() {
    let (report, found) = lint(
      "r.hcl",
      "Kind = \"service-router\"\nName = \"web\"\nRoutes = [ { Match { HTTP { PathRegex = \"/api/(?=v1)\" } } } ]\n")
    // A router alone is also a chain error (tcp service); only the regex rule matters here.
    #expect(
      found.filter { !$0.rule.rawValue.hasPrefix("chain-") } == [
        Found(rule: .regexUnsupportedRE2, line: 3, column: 47, text: "(?=")
      ])
    #expect(
      report.diagnostics.first { $0.rule == .regexUnsupportedRE2 }?.message.contains(
        "RE2 does not support lookahead") == true)
  }

  @Test func positionsThroughEscapesInJSON() {
    let text =
      #"{"Kind": "service-resolver", "Name": "web", "Subsets": {"v1": {"Filter": "Service.Meta[\"caf\u00e9\"] == \"x\" and Service.Metaa.v == \"y\""}}}"#
    let (_, found) = lint("r.json", text)
    // `café` is not a valid meta key (non-ASCII): its range covers the escaped source text.
    #expect(found.map(\.rule) == [.filterMetaKey, .filterUnknownSelector])
    #expect(found.first?.text == #"\"caf\u00e9\""#)
    #expect(found.last?.text == "Metaa")
    let column = { (needle: String) in
      (text.firstRange(of: needle).map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0)
        + 1
    }
    #expect(found.last?.column == column("Metaa"))
    #expect(found.first?.column == column(#"\"caf"#))
  }

  @Test func positionsInsideIndentedHeredoc() {
    let text =
      "Kind = \"service-resolver\"\nName = \"web\"\nSubsets = {\n  v1 = {\n    Filter = <<-EOF\n      Service.Meta.version == v1\n        and Service.Prot == 80\n      EOF\n  }\n}\n"
    let (_, found) = lint("r.hcl", text)
    #expect(found == [Found(rule: .filterUnknownSelector, line: 7, column: 21, text: "Prot")])
  }

  @Test func multibyteBeforeTheError() {
    let (_, found) = lint(
      "r.hcl",
      "Kind = \"service-resolver\"\nName = \"web\"\nSubsets = { v1 = { Filter = \"Service.Meta.team == \\\"café\\\" and Service.Port contains 1\" } }\n"
    )
    #expect(found == [Found(rule: .filterOperatorType, line: 3, column: 77, text: "contains")])
  }

  @Test func catalogRules() throws {
    let data = try Data(contentsOf: fixturesRoot.appendingPathComponent("expr/catalog-web.json"))
    let catalog = try ServiceCatalog.parse(Array(data)).get()
    let text = """
      Kind = "service-resolver"
      Name = "web"
      Subsets = {
        v1     = { Filter = "Service.Meta.version == v1" }
        v3     = { Filter = "Service.Meta.version == v3" }
        dc1    = { Filter = "Node.Datacenter == dc1" }
        all    = { OnlyPassing = true }
      }

      """
    let (report, found) = lint("r.hcl", text, catalog: catalog)
    #expect(found.map(\.rule) == [.subsetSelectsNothing, .subsetsOverlap])
    #expect(
      report.diagnostics.map(\.message) == [
        "subset `v3` selects none of the 3 instances of `web` in the catalog",
        "subsets `v1` and `dc1` both select `node-1/web-1`",
      ])
    // Without a catalog both rules are silent.
    #expect(lint("r.hcl", text).1.isEmpty)
  }
}
