import CentryTestSupport
import Foundation
import Testing

@Suite struct SeedDecodingTests {
  @Test func seedEntriesDecodeWithoutDiagnostics() throws {
    let files = modelFixtureFiles("seed")
    #expect(files.count >= 8)
    for url in files {
      let text = try String(contentsOf: url, encoding: .utf8)
      let decoded = modelDecode(text, name: url.lastPathComponent)
      #expect(decoded.syntax.isEmpty, "\(url.path)")
      #expect(
        decoded.result.diagnostics.isEmpty,
        "\(url.path):\n\(renderDecodeDiagnostics(decoded.result.diagnostics, decoded.source))")
      #expect(decoded.result.entries.count == 1, "\(url.path)")
    }
  }

  @Test func seedRouterDecodesItsRoutes() throws {
    let url = fixturesRoot.appendingPathComponent("seed/whoami/router.hcl")
    let text = try String(contentsOf: url, encoding: .utf8)
    guard case .serviceRouter(let router) = modelDecodeOne(text) else {
      Issue.record("not a router")
      return
    }
    #expect(router.name?.value == "whoami")
    #expect(!router.routes.orEmpty().isEmpty)
  }
}
