import CentryCore
import CentryEngine
import CentryRender
import CentryTestSupport
import Foundation
import Testing

/// `Fixtures/lint/<case>/`: every input file of a folder is linted as one set, and the `text` and
/// `json` reports are compared with `expected.text` and `expected.json` (`CENTRY_RECORD=1`
/// rewrites them). A folder `<case>-snake` holds the same entries with snake_case keys and must
/// report the same rules, severities and messages as `<case>`; so must `<case>-json` (the same
/// entries in JSON).
@Suite struct LintFixtureTests {
  static let root = fixturesRoot.appendingPathComponent("lint")

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }.sorted()
  }()

  @Test func thereAreCases() {
    #expect(Self.cases.count >= 10, "Fixtures/lint looks empty")
  }

  @Test(arguments: cases) func reportsMatchGoldens(_ name: String) throws {
    let report = try Self.lint(name)
    let folder = Self.root.appendingPathComponent(name)
    assertGolden(OutputFormat.text.render(report), matches: folder.appendingPathComponent("expected.text"))
    assertGolden(OutputFormat.json.render(report), matches: folder.appendingPathComponent("expected.json"))
  }

  @Test(arguments: cases.filter { $0.hasSuffix("-snake") || $0.hasSuffix("-json") })
  func variantsReportTheSame(_ name: String) throws {
    let camel = String(name.prefix(upTo: name.lastIndex(of: "-") ?? name.endIndex))
    try #require(Self.cases.contains(camel), "`\(name)` has no CamelCase twin `\(camel)`")
    let snake = try Self.lint(name).diagnostics.map(Self.summary)
    let original = try Self.lint(camel).diagnostics.map(Self.summary)
    #expect(!snake.isEmpty || name.contains("valid"))
    #expect(snake == original)
  }

  /// Folders named `*-valid*` have no error at all.
  @Test(arguments: cases.filter { $0.contains("valid") && !$0.contains("invalid") })
  func validCasesHaveNoErrors(_ name: String) throws {
    let report = try Self.lint(name)
    #expect(report.errorCount == 0, "\(report.diagnostics.map(Self.summary))")
  }

  // MARK: - Helpers

  static func summary(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.severity.rawValue)[\(diagnostic.rule)] \(diagnostic.message)"
  }

  /// Lints every input of a case folder (sorted; `expected.*` excluded), named by file name.
  static func lint(_ name: String) throws -> LintReport {
    let folder = root.appendingPathComponent(name)
    let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix("expected.") && ($0.hasSuffix(".hcl") || $0.hasSuffix(".json")) }
      .sorted()
    let files = try inputs.map { file in
      SourceFile(name: file, text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
    }
    return Linter.lint(files)
  }
}
