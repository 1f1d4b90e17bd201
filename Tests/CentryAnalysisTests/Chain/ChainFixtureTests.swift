import CentryAnalysis
import CentryEngine
import CentryTestSupport
import Foundation
import Testing

/// `Fixtures/chain/<case>/*.{hcl,json}` → `expected.txt`: the chain rules' diagnostics and the
/// compiled chains of the set. Only chain-layer rules are listed, so other layers' rules do not
/// churn these goldens.
@Suite struct ChainFixtureTests {
  static let chainRuleIDs = Set(ChainRules.all.map { type(of: $0).description.id })

  @Test func fixturesMatchTheirGoldens() throws {
    let folders = chainFixtureFolders("chain")
    #expect(folders.count >= 30)
    for folder in folders {
      let files = try chainFixtureFiles(folder)
      #expect(!files.isEmpty, "\(folder.lastPathComponent) has no input")
      let report = Linter.lint(files)
      // Every entry decoded: a fixture typo must not silently drop an entry.
      #expect(report.entries.count == report.entryCount, "\(folder.lastPathComponent): an entry did not decode")
      var out = "# diagnostics\n"
      for diagnostic in report.diagnostics where Self.chainRuleIDs.contains(diagnostic.rule) {
        out += renderChainDiagnostic(diagnostic, report.sources)
      }
      out += "# chains\n"
      for service in ChainCompiler.services(in: report.entries) {
        out += dumpChain(ChainCompiler.compile(service: service, entries: report.entries))
      }
      assertGolden(out, matches: folder.appendingPathComponent("expected.txt"))
    }
  }

  /// The seed cases of the issue, asserted directly (not only through goldens).
  @Test func seedWebReportsProtocolAndBothSubsets() throws {
    let report = Linter.lint(try chainFixtureFiles(fixturesRoot.appendingPathComponent("seed/web")))
    let rules = report.diagnostics.map(\.rule)
    #expect(rules.filter { $0 == .chainProtocolNotL7 }.count == 1)
    #expect(rules.filter { $0 == .chainSubsetUndefined }.count == 2)
    // Consul's own order: the subset error is met first, the protocol check runs last.
    let errors = ChainCompiler.compile(service: "web", entries: report.entries).errors.map(\.kind)
    #expect(errors == [.subsetUndefined, .subsetUndefined, .protocolNotL7])
  }

  /// Consul rejects a proxy-defaults entry not named `global`, so its `protocol` never reaches a
  /// chain: the router meets a tcp chain.
  @Test func misnamedProxyDefaultsDoesNotSetTheProtocol() throws {
    let folder = fixturesRoot.appendingPathComponent("chain/protocol-not-from-misnamed-proxy-defaults")
    let report = Linter.lint(try chainFixtureFiles(folder))
    #expect(report.entries.proxyDefaults == nil)
    #expect(ChainCompiler.compile(service: "api", entries: report.entries).chain.protocol == "tcp")
    #expect(report.diagnostics.map(\.rule) == [.proxyDefaultsName, .chainProtocolNotL7])
  }

  @Test(arguments: ["whoami", "static-server", "whoami-grouping"])
  func seedsWithoutChainErrors(_ name: String) throws {
    let report = Linter.lint(try chainFixtureFiles(fixturesRoot.appendingPathComponent("seed/\(name)")))
    let chainErrors = report.diagnostics.filter { Self.chainRuleIDs.contains($0.rule) }
    #expect(chainErrors.isEmpty, "\(chainErrors.map(\.message))")
  }
}
