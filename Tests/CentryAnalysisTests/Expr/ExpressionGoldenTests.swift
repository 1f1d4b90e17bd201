import CentryTestSupport
import Foundation
import Testing

@testable import CentryAnalysis
@testable import CentryCore
@testable import CentryEngine
@testable import CentryRender

/// The examples of docs/expressions.md, rendered as `centry lint` prints them; the goldens are the
/// outputs quoted in the document.
@Suite struct ExpressionGoldenTests {
  static let docs = fixturesRoot.appendingPathComponent("expr/docs")

  func render(_ name: String, catalog: ServiceCatalog? = nil) throws -> String {
    let data = try Data(contentsOf: Self.docs.appendingPathComponent(name))
    let report = Linter.lint([SourceFile(name: name, bytes: Array(data))], options: LintOptions(catalog: catalog))
    return OutputFormat.text.render(report)
  }

  @Test(arguments: ["resolver.hcl", "router.hcl"]) func withoutCatalog(_ name: String) throws {
    assertGolden(try render(name), matches: Self.docs.appendingPathComponent(name + ".txt"))
  }

  @Test func withCatalog() throws {
    let data = try Data(contentsOf: fixturesRoot.appendingPathComponent("expr/catalog-web.json"))
    let catalog = try ServiceCatalog.parse(Array(data)).get()
    assertGolden(
      try render("catalog-resolver.hcl", catalog: catalog),
      matches: Self.docs.appendingPathComponent("catalog-resolver.hcl.txt"))
  }

  @Test func documentQuotesTheGoldens() throws {
    let document = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/expressions.md"), encoding: .utf8)
    for name in ["resolver.hcl", "router.hcl", "catalog-resolver.hcl"] {
      let golden = try String(contentsOf: Self.docs.appendingPathComponent(name + ".txt"), encoding: .utf8)
      #expect(document.contains(golden), "docs/expressions.md does not quote \(name).txt")
      let input = try String(contentsOf: Self.docs.appendingPathComponent(name), encoding: .utf8)
      #expect(document.contains(input), "docs/expressions.md does not show \(name)")
    }
  }
}
