import CentryAnalysis
import CentryCore
import CentryEngine
import CentryTestSupport
import Foundation
import Testing

/// `ChainCompiler.compileAll` resolves each splitter and target once for the entry set and replays
/// it into every chain that reaches it (`ChainFragment`); `ChainCompiler.compile` of one service
/// resolves everything itself. Both must give the same chains and the same errors, in the same
/// order, with the same ranges.
@Suite struct ChainFragmentTests {
  static func assertSharedEqualsDirect(_ files: [SourceFile], _ label: String) {
    let report = Linter.lint(files)
    let shared = ChainCompiler.compileAll(entries: report.entries)
    for service in ChainCompiler.services(in: report.entries) {
      let direct = ChainCompiler.compile(service: service, entries: report.entries)
      guard let compiled = shared[service] else {
        Issue.record("\(label): no chain for \(service)")
        continue
      }
      #expect(dumpChain(compiled) == dumpChain(direct), "\(label): \(service)")
      #expect(compiled.errors == direct.errors, "\(label): \(service)")
      #expect(compiled.chain.nodes.map(\.key) == direct.chain.nodes.map(\.key), "\(label): \(service)")
    }
  }

  @Test func everyChainFixtureCompilesTheSameShared() throws {
    for area in ["chain", "seed", "lint", "compile", "route"] {
      for folder in chainFixtureFolders(area) {
        let files = try chainFixtureFiles(folder)
        guard !files.isEmpty else { continue }
        Self.assertSharedEqualsDirect(files, "\(area)/\(folder.lastPathComponent)")
      }
    }
  }

  /// Routers that reach the same services through subsets, splitters, redirects, default subsets
  /// and failover, with undefined subsets and protocol mismatches met from several chains: the
  /// replayed errors keep the ranges of each chain's own references.
  @Test func overlappingChainsWithErrorsCompileTheSameShared() {
    var files: [SourceFile] = [
      SourceFile(
        name: "pd.hcl", text: "Kind = \"proxy-defaults\"\nName = \"global\"\nConfig { protocol = \"http\" }\n"),
      SourceFile(name: "db.hcl", text: "Kind = \"service-defaults\"\nName = \"db\"\nProtocol = \"tcp\"\n"),
      SourceFile(
        name: "api-resolver.hcl",
        text: """
          Kind = "service-resolver"
          Name = "api"
          DefaultSubset = "v1"
          Subsets = { v1 = { Filter = "Service.Meta.v == 1" }, v2 = { Filter = "Service.Meta.v == 2" } }
          Failover = { "*" = { Datacenters = ["dc2", "dc3"] } }

          """),
      SourceFile(
        name: "api-splitter.hcl",
        text: """
          Kind = "service-splitter"
          Name = "api"
          Splits = [{ Weight = 50, ServiceSubset = "v1" }, { Weight = 30, ServiceSubset = "v3" }, { Weight = 20, Service = "db" }]

          """),
      SourceFile(
        name: "old-resolver.hcl",
        text: "Kind = \"service-resolver\"\nName = \"old\"\nRedirect { Service = \"api\", ServiceSubset = \"v9\" }\n"),
    ]
    for index in 0..<6 {
      let routes = [
        "{ Match { HTTP { PathPrefix = \"/a\" } }, Destination { Service = \"api\" } }",
        "{ Match { HTTP { PathPrefix = \"/b\" } }, Destination { Service = \"api\", ServiceSubset = \"v2\" } }",
        "{ Match { HTTP { PathPrefix = \"/c\" } }, Destination { Service = \"old\" } }",
        "{ Match { HTTP { PathPrefix = \"/d\" } }, Destination { Service = \"db\" } }",
        "{ Match { HTTP { PathPrefix = \"/e\" } }, Destination { Service = \"api\", ServiceSubset = \"v7\" } }",
      ]
      // Each router takes the routes in another order, so chains meet the shared parts in turn.
      let cut = index % routes.count
      let rotated = Array(routes[cut...] + routes[..<cut])
      files.append(
        SourceFile(
          name: "r\(index).hcl",
          text:
            "Kind = \"service-router\"\nName = \"web\(index)\"\nRoutes = [\n\(rotated.joined(separator: ",\n"))\n]\n"))
    }
    Self.assertSharedEqualsDirect(files, "overlapping")
  }

  /// Chains that reach a target a second time, directly or through a redirect or a default
  /// subset, after its resolver node is in the chain: the fragment's walk is replayed step by step
  /// (protocol records, undefined subsets re-reported from the new place) instead of resolving
  /// directly, and must give what the direct resolution gives.
  @Test func targetsReachedAgainCompileTheSameShared() {
    var files: [SourceFile] = [
      SourceFile(
        name: "pd.hcl", text: "Kind = \"proxy-defaults\"\nName = \"global\"\nConfig { protocol = \"http\" }\n"),
      SourceFile(name: "db.hcl", text: "Kind = \"service-defaults\"\nName = \"db\"\nProtocol = \"tcp\"\n"),
      SourceFile(
        name: "cart-resolver.hcl",
        text: """
          Kind = "service-resolver"
          Name = "cart"
          DefaultSubset = "v1"
          Subsets = { v1 = { Filter = "Service.Meta.v == 1" }, v2 = { Filter = "Service.Meta.v == 2" } }
          Failover = { "*" = { Datacenters = ["dc2"] } }

          """),
      SourceFile(
        name: "api-resolver.hcl",
        text: "Kind = \"service-resolver\"\nName = \"api\"\nSubsets = { v1 = { Filter = \"Service.Meta.v == 1\" } }\n"),
      SourceFile(
        name: "old-resolver.hcl",
        text: "Kind = \"service-resolver\"\nName = \"old\"\nRedirect { Service = \"api\", ServiceSubset = \"v9\" }\n"),
      SourceFile(
        name: "legacy-resolver.hcl",
        text: "Kind = \"service-resolver\"\nName = \"legacy\"\nRedirect { Service = \"cart\" }\n"),
    ]
    let destinations = [
      "Service = \"cart\"", "Service = \"cart\", ServiceSubset = \"v1\"", "Service = \"old\"",
      "Service = \"api\", ServiceSubset = \"v9\"", "Service = \"old\"", "Service = \"db\"", "Service = \"db\"",
      "Service = \"cart\", ServiceSubset = \"v3\"", "Service = \"legacy\"",
      "Service = \"cart\", ServiceSubset = \"v3\"",
      "Service = \"api\", ServiceSubset = \"v1\"", "Service = \"legacy\"",
    ]
    let routes = destinations.enumerated().map { index, destination in
      "{ Match { HTTP { PathPrefix = \"/p\(index)\" } }, Destination { \(destination) } }"
    }
    for index in 0..<6 {
      // Each router takes the routes in another order, so chains meet the shared parts in turn.
      let cut = (index * 5) % routes.count
      let rotated = Array(routes[cut...] + routes[..<cut])
      files.append(
        SourceFile(
          name: "r\(index).hcl",
          text:
            "Kind = \"service-router\"\nName = \"web\(index)\"\nRoutes = [\n\(rotated.joined(separator: ",\n"))\n]\n"))
    }
    Self.assertSharedEqualsDirect(files, "reached again")
  }
}
