import CentryAnalysis
import CentryCore
import CentryEngine
import CentryTestSupport
import Foundation
import Testing

/// The seed entries (`Fixtures/seed/<service>/`) are real, working configurations: no validation
/// rule may report an error on them.
@Suite struct SeedValidationTests {
  static let root = fixturesRoot.appendingPathComponent("seed")
  static let folders: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
    .filter { !$0.contains(".") }.sorted()
  static let validationIDs = Set(ValidationRules.all.map { type(of: $0).description.id })

  @Test func seedExists() {
    #expect(!Self.folders.isEmpty)
  }

  @Test(arguments: folders) func seedHasNoValidationErrors(_ folder: String) throws {
    let directory = Self.root.appendingPathComponent(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".hcl") }
      .sorted()
    try #require(!names.isEmpty)
    let files = try names.map {
      SourceFile(name: $0, text: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
    }
    let report = Linter.lint(files)
    let errors = report.diagnostics.filter { Self.validationIDs.contains($0.rule) && $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map { "\($0.rule): \($0.message)" })")
    #expect(report.entryCount == names.count)
  }
}
