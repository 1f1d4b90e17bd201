import CentryTestSupport
import Foundation
import Testing

/// `centry explain` and `centry route` through the built binary: stdout, stderr and exit status
/// of each case in one golden, `Fixtures/explain/<case>.txt` and `Fixtures/route/<case>.txt`.
@Suite struct ChainCommandsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var testDescription: String { name }
  }

  /// The inputs of `Fixtures/compile/redirect-to-peer-http` (the folder also holds its goldens).
  static let redirectToPeer = ["resolver.hcl", "defaults.hcl"].map { "Fixtures/compile/redirect-to-peer-http/\($0)" }

  static let explainCases: [Case] = [
    Case(name: "whoami", arguments: ["whoami", "Fixtures/seed/whoami"]),
    Case(name: "whoami-mermaid", arguments: ["whoami", "Fixtures/seed/whoami", "--format", "mermaid"]),
    Case(name: "whoami-dot", arguments: ["whoami", "Fixtures/seed/whoami", "--format", "dot"]),
    Case(
      name: "whoami-other-dc",
      arguments: ["whoami", "Fixtures/seed/whoami", "--datacenter", "eu-west", "--trust-domain", "abc.consul"]),
    Case(name: "static-server", arguments: ["static-server", "Fixtures/seed/static-server"]),
    Case(name: "nested-split", arguments: ["shop", "Fixtures/chain/nested-split-flatten"]),
    Case(
      name: "nested-split-mermaid", arguments: ["shop", "Fixtures/chain/nested-split-flatten", "--format", "mermaid"]),
    Case(name: "failover", arguments: ["db", "Fixtures/chain/failover-targets-subset"]),
    Case(name: "failover-dot", arguments: ["db", "Fixtures/chain/failover-datacenters", "--format", "dot"]),
    Case(name: "hash-lb", arguments: ["web", "Fixtures/chain/splitter-hash-lb-first"]),
    Case(name: "redirect", arguments: ["db", "Fixtures/chain/redirect-datacenter"]),
    Case(name: "redirect-to-peer", arguments: ["db"] + redirectToPeer),
    Case(
      name: "redirect-to-peer-known", arguments: ["db"] + redirectToPeer + ["--peer", "cluster-01=peer1.consul@dc2"]),
    Case(name: "unknown-service", arguments: ["billing", "Fixtures/seed/whoami"]),
    Case(name: "case-insensitive-name", arguments: ["WhoAmI", "Fixtures/seed/whoami"]),
    Case(name: "lint-errors", arguments: ["web", "Fixtures/seed/web"]),
  ]

  static let routeCases: [Case] = [
    Case(name: "whoami-v2", arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/v2"]),
    Case(
      name: "whoami-header-1", arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/", "--header", "x-version=1"]),
    Case(
      name: "whoami-header-name-case",
      arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/", "--header", "X-Version=1"]),
    Case(name: "whoami-root", arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/"]),
    Case(name: "whoami-v10", arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/v10"]),
    Case(
      name: "whoami-header-wins",
      arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/v1", "--header", "x-version=2"]),
    Case(name: "whoami-json", arguments: ["whoami", "Fixtures/seed/whoami", "--path", "/v2", "--format", "json"]),
    Case(name: "exact", arguments: ["api", "Fixtures/route/matchers", "--path", "/exact?x=1"]),
    Case(name: "exact-trailing-slash", arguments: ["api", "Fixtures/route/matchers", "--path", "/exact/"]),
    Case(name: "regex-whole-path", arguments: ["api", "Fixtures/route/matchers", "--path", "/items/42"]),
    Case(name: "regex-partial-no-match", arguments: ["api", "Fixtures/route/matchers", "--path", "/items/42x"]),
    Case(name: "case-insensitive-prefix", arguments: ["api", "Fixtures/route/matchers", "--path", "/ci/x"]),
    Case(
      name: "header-regex", arguments: ["api", "Fixtures/route/matchers", "--path", "/", "--header", "x-build=v1.2"]),
    Case(name: "header-invert-missing", arguments: ["api", "Fixtures/route/matchers", "--path", "/inv"]),
    Case(
      name: "header-invert-other",
      arguments: ["api", "Fixtures/route/matchers", "--path", "/inv", "--header", "x-env=dev"]),
    Case(
      name: "header-suffix",
      arguments: ["api", "Fixtures/route/matchers", "--path", "/", "--header", "User-Agent=googlebot"]),
    Case(name: "header-not-present", arguments: ["api", "Fixtures/route/matchers", "--path", "/absent"]),
    Case(name: "query-exact", arguments: ["api", "Fixtures/route/matchers", "--path", "/", "--query", "mode=debug"]),
    Case(name: "query-in-path", arguments: ["api", "Fixtures/route/matchers", "--path", "/?page=12"]),
    Case(name: "query-present", arguments: ["api", "Fixtures/route/matchers", "--path", "/?preview"]),
    Case(name: "method", arguments: ["api", "Fixtures/route/matchers", "--path", "/", "--method", "PUT"]),
    Case(name: "method-no-match", arguments: ["api", "Fixtures/route/matchers", "--path", "/", "--method", "PATCH"]),
    Case(name: "splitter", arguments: ["shop", "Fixtures/chain/nested-split-flatten", "--path", "/"]),
    Case(name: "failover", arguments: ["db", "Fixtures/chain/failover-targets-subset", "--path", "/"]),
    Case(name: "tcp-chain", arguments: ["db", "Fixtures/chain/failover-datacenters", "--path", "/"]),
    Case(name: "lint-errors", arguments: ["web", "Fixtures/seed/web", "--path", "/"]),
  ]

  static func transcript(_ command: String, _ arguments: [String]) throws -> String {
    let result = try runCentry([command] + arguments, in: repositoryRoot)
    var out = "$ centry \(([command] + arguments).joined(separator: " "))\n"
    out += result.stdout
    if !result.stderr.isEmpty { out += "--- stderr\n" + result.stderr }
    out += "--- exit \(result.status)\n"
    return out
  }

  @Test(arguments: explainCases) func explain(_ item: Case) throws {
    assertGolden(
      try Self.transcript("explain", item.arguments),
      matches: fixturesRoot.appendingPathComponent("explain/\(item.name).txt"))
  }

  @Test(arguments: routeCases) func route(_ item: Case) throws {
    assertGolden(
      try Self.transcript("route", item.arguments),
      matches: fixturesRoot.appendingPathComponent("route/\(item.name).txt"))
  }

  @Test func explainOnLintErrorsPrintsNothingOnStdout() throws {
    let result = try runCentry(["explain", "web", "Fixtures/seed/web"], in: repositoryRoot)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("error[chain-protocol-not-l7]"))
    #expect(result.stderr.contains("error[chain-subset-undefined]"))
  }

  @Test func seedRoutes() throws {
    let v2 = try runCentry(["route", "whoami", "Fixtures/seed/whoami", "--path", "/v2"], in: repositoryRoot)
    #expect(v2.status == 0)
    #expect(v2.stdout.contains("100% -> v2.whoami.default.default.dc1"))
    let v1 = try runCentry(
      ["route", "whoami", "Fixtures/seed/whoami", "--path", "/", "--header", "x-version=1"], in: repositoryRoot)
    #expect(v1.stdout.contains("100% -> v1.whoami.default.default.dc1"))
    let root = try runCentry(["route", "whoami", "Fixtures/seed/whoami", "--path", "/"], in: repositoryRoot)
    #expect(root.stdout.contains("default route"))
    #expect(root.stdout.contains("100% -> v2.whoami.default.default.dc1"))
  }

  @Test func usageErrorsExitTwo() throws {
    let missingPath = try runCentry(["route", "whoami", "Fixtures/seed/whoami"], in: repositoryRoot)
    #expect(missingPath.status == 2)
    #expect(missingPath.stdout.isEmpty)
    let badHeader = try runCentry(
      ["route", "whoami", "Fixtures/seed/whoami", "--path", "/", "--header", "x-version"], in: repositoryRoot)
    #expect(badHeader.status == 2)
    let relative = try runCentry(["route", "whoami", "Fixtures/seed/whoami", "--path", "v2"], in: repositoryRoot)
    #expect(relative.status == 2)
    let badFormat = try runCentry(["explain", "whoami", "Fixtures/seed/whoami", "--format", "svg"], in: repositoryRoot)
    #expect(badFormat.status == 2)
    let missingFile = try runCentry(["explain", "whoami", "no/such/dir"], in: repositoryRoot)
    #expect(missingFile.status == 2)
  }
}
