import CentryTestSupport
import Foundation
import Testing

/// `centry compile` through the built binary: streams, exit statuses, the seed acceptance.
@Suite(.serialized) struct CompileCommandTests {
  private let badRouter = "Kind = \"service-router\"\nName = \"web\"\nRoutes = 3\n"

  @Test func errorsExitOneWithDiagnosticsOnStderrAndNothingOnStdout() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry, "router.hcl": badRouter])
    for target in ["json", "envoy"] {
      let result = try runCentry(["compile", "--to", target, "web.hcl", "router.hcl"], in: dir)
      #expect(result.status == 1, "\(target)")
      #expect(result.stdout == "", "\(target)")
      #expect(result.stderr.hasPrefix("error["), "\(target): \(result.stderr)")
      #expect(result.stderr.contains(" --> router.hcl:3:"), "\(target): \(result.stderr)")
    }
  }

  @Test func formatSelectsTheDiagnosticsRenderer() throws {
    let dir = try temporaryTree(["router.hcl": badRouter])
    let result = try runCentry(["compile", "--to", "json", "--format", "json", "router.hcl"], in: dir)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    let object = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any]
    let diagnostics = object?["diagnostics"] as? [[String: Any]]
    #expect(diagnostics?.isEmpty == false, "\(result.stderr)")
  }

  @Test func cleanInputPrintsTheBodyAndNothingElse() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runCentry(["compile", "--to", "json", "web.hcl"], in: dir)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout
        == "{\n  \"Kind\": \"service-defaults\",\n  \"Name\": \"web\",\n  \"Protocol\": \"http\",\n  \"MeshGateway\": {},\n  \"Expose\": {},\n  \"CreateIndex\": 0,\n  \"ModifyIndex\": 0\n}\n"
    )
  }

  @Test func stdinIsAccepted() throws {
    let result = try runCentry(["compile", "--to", "json", "-"], stdin: cleanEntry)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{\n  \"Kind\": \"service-defaults\""))
  }

  /// The acceptance of the issue, on the seed's own whoami files.
  @Test func seedWhoamiEnvoyRoutes() throws {
    let seed = fixturesRoot.appendingPathComponent("seed/whoami").path
    let result = try runCentry(["compile", "--to", "envoy", seed])
    #expect(result.status == 0, "\(result.stderr)")
    let v2 = "cluster: v2.whoami.default.dc1.internal.11111111-2222-3333-4444-555555555555.consul"
    #expect(
      result.stdout.hasPrefix("resources:\n- \"@type\": type.googleapis.com/envoy.config.route.v3.RouteConfiguration\n")
    )
    #expect(result.stdout.contains("          string_match:\n            exact: \"2\"\n      route:\n        \(v2)\n"))
    #expect(result.stdout.contains("        prefix: /v2\n      route:\n        \(v2)\n"))
    #expect(result.stdout.contains("    - match:\n        prefix: /\n      route:\n        \(v2)\n- \"@type\""))
  }

  @Test func trustDomainDatacenterAndServiceOptions() throws {
    let seed = fixturesRoot.appendingPathComponent("seed/whoami").path
    let result = try runCentry([
      "compile", "--to", "envoy", "--service", "whoami", "--trust-domain", "td.consul", "--datacenter", "east", seed,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("sni: v1.whoami.default.east.internal.td.consul\n"))
    #expect(result.stdout.contains("exact: spiffe://td.consul/ns/default/dc/east/svc/whoami\n"))
  }

  @Test(arguments: ["crd", "hcl"])
  func unsupportedTargetsExitTwo(_ target: String) throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runCentry(["compile", "--to", target, "web.hcl"], in: dir)
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr == "error: `compile --to \(target)` is not supported yet (supported: json, envoy)\n")
  }

  @Test func unmodelledKindsExitTwoForJSON() throws {
    let dir = try temporaryTree(["mesh.hcl": "Kind = \"mesh\"\n"])
    let result = try runCentry(["compile", "--to", "json", "mesh.hcl"], in: dir)
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.hasSuffix("error: `compile --to json` does not support `mesh` entries yet\n"))
  }

  @Test func warningsGoToStderrAndDoNotStopTheOutputUnlessStrict() throws {
    let dir = try temporaryTree(["web.hcl": "Kind = \"service-defaults\"\nName = \"web\"\nMeta = { a = 1 }\n"])
    let relaxed = try runCentry(["compile", "--to", "json", "web.hcl"], in: dir)
    #expect(relaxed.status == 0)
    #expect(relaxed.stderr.hasPrefix("warning["), "\(relaxed.stderr)")
    #expect(relaxed.stdout.contains("\"Meta\": {\n    \"a\": \"1\"\n  }"), "\(relaxed.stdout)")
    let strict = try runCentry(["compile", "--to", "json", "--strict", "web.hcl"], in: dir)
    #expect(strict.status == 1)
    #expect(strict.stdout == "")
    #expect(strict.stderr.hasPrefix("warning["))
  }

  @Test func envoyOptionsAreRejectedForJSON() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runCentry(["compile", "--to", "json", "--service", "web", "web.hcl"], in: dir)
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("apply to --to envoy only"))
  }

  @Test func missingTargetIsAUsageError() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runCentry(["compile", "web.hcl"], in: dir)
    #expect(result.status == 2)
    #expect(result.stdout == "")
  }
}
