import CentrySyntax
import CentryTestSupport
import Foundation
import Testing

/// Golden tests over `Fixtures/syntax` and the seed entries. Adding a case = adding files.
@Suite struct SyntaxFixtureTests {
  static func files(in folder: String, extensions: Set<String>) -> [URL] {
    let root = fixturesRoot.appendingPathComponent(folder)
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    return enumerator.compactMap { $0 as? URL }
      .filter { extensions.contains($0.pathExtension) }
      .sorted { $0.path < $1.path }
  }

  @Test func seedEntriesHaveNoSyntaxDiagnostics() throws {
    let files = Self.files(in: "seed", extensions: ["hcl", "json"])
    #expect(files.count == 8)
    for url in files {
      let result = parseBytes(Array(try Data(contentsOf: url)), name: url.lastPathComponent)
      #expect(
        result.diagnostics.isEmpty, "\(url.lastPathComponent): \(renderDiagnostics(result.diagnostics, result.source))")
      #expect(!result.document.body.items.isEmpty)
    }
  }

  @Test func validCasesMatchTheirASTGoldens() throws {
    let files = Self.files(in: "syntax/valid", extensions: ["hcl", "json"])
    #expect(files.count >= 20)
    for url in files {
      let result = parseBytes(Array(try Data(contentsOf: url)), name: url.lastPathComponent)
      #expect(
        result.diagnostics.isEmpty, "\(url.lastPathComponent): \(renderDiagnostics(result.diagnostics, result.source))")
      assertGolden(
        dump(result.document, in: result.source),
        matches: url.deletingPathExtension().appendingPathExtension("ast"))
    }
  }

  @Test func invalidCasesMatchTheirDiagnosticGoldens() throws {
    let files = Self.files(in: "syntax/invalid", extensions: ["hcl", "json"])
    #expect(files.count >= 45)
    for url in files {
      let result = parseBytes(Array(try Data(contentsOf: url)), name: url.lastPathComponent)
      #expect(!result.diagnostics.isEmpty, "\(url.lastPathComponent) parsed without a diagnostic")
      #expect(result.diagnostics.allSatisfy { $0.rule == .syntax && $0.severity == .error })
      let golden = url.deletingPathExtension().appendingPathExtension("diagnostics.txt")
      assertGolden(renderDiagnostics(result.diagnostics, result.source), matches: golden)
    }
  }
}
