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

  /// Issue 14: a peer target's trust domain and datacenter come from the peering; without `--peer`
  /// they are placeholders, and a note on stderr says so.
  @Test func peerValuesArePlaceholdersUntilGiven() throws {
    let inputs = ["resolver.hcl", "defaults.hcl"].map {
      fixturesRoot.appendingPathComponent("compile/redirect-to-peer-http/\($0)").path
    }
    let bare = try runCentry(["compile", "--to", "envoy"] + inputs)
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(bare.stdout.contains("cluster: db.default.cluster-01.external.<PEER_TRUST_DOMAIN:cluster-01>\n"))
    #expect(
      bare.stderr
        == "note: peer `cluster-01`: its trust domain and datacenter are not known, so the cluster names, SNIs and SANs of its targets use <PEER_TRUST_DOMAIN:cluster-01> and <PEER_DATACENTER:cluster-01>; pass --peer cluster-01=TRUST_DOMAIN@DC\n"
    )
    let known = try runCentry(["compile", "--to", "envoy", "--peer", "cluster-01=peer1.consul@dc2"] + inputs)
    #expect(known.status == 0)
    #expect(known.stderr == "")
    #expect(known.stdout.contains("sni: db.default.default.cluster-01.external.peer1.consul\n"))
    #expect(known.stdout.contains("exact: spiffe://peer1.consul/ns/default/dc/dc2/svc/db\n"))
    let halfKnown = try runCentry(["compile", "--to", "envoy", "--peer", "cluster-01=peer1.consul"] + inputs)
    #expect(halfKnown.stderr.contains("its datacenter is not known"), "\(halfKnown.stderr)")
    #expect(halfKnown.stdout.contains("/dc/<PEER_DATACENTER:cluster-01>/svc/db\n"))
  }

  @Test func malformedPeerAndVersionAreUsageErrors() throws {
    let inputs = ["resolver.hcl", "defaults.hcl"].map {
      fixturesRoot.appendingPathComponent("compile/redirect-to-peer-http/\($0)").path
    }
    for arguments in [["--peer", "cluster-01"], ["--peer", "=abc.consul"], ["--consul", "1.x"], ["--consul", "1"]] {
      let result = try runCentry(["compile", "--to", "envoy"] + arguments + inputs)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout == "", "\(arguments)")
    }
    let peer = try runCentry(["compile", "--to", "envoy", "--peer", "east"] + inputs)
    #expect(peer.stderr.contains("--peer: `east` is not NAME=TRUST_DOMAIN[@DC]"), "\(peer.stderr)")
  }

  /// `--for` names the downstream whose service-defaults `UpstreamConfig` reaches the clusters.
  @Test func forAppliesTheDownstreamsUpstreamConfig() throws {
    let inputs = ["proxy-defaults.hcl", "web.hcl", "db.hcl"].map {
      fixturesRoot.appendingPathComponent("compile/upstream-config-precedence/\($0)").path
    }
    let withFor = try runCentry(["compile", "--to", "envoy", "--service", "db", "--for", "web"] + inputs)
    #expect(withFor.status == 0)
    #expect(withFor.stdout.contains("    - max_pending_requests: 7\n"))
    #expect(
      withFor.stderr
        == "note: the upstream configuration of `db` sets `BalanceOutboundConnections` (the upstream listener's `connection_balance_config`), which centry does not render\n"
    )
    let without = try runCentry(["compile", "--to", "envoy", "--service", "db"] + inputs)
    #expect(!without.stdout.contains("max_pending_requests"))
    #expect(without.stdout.contains("  circuit_breakers: {}\n"))
    let unknown = try runCentry(["compile", "--to", "envoy", "--service", "db", "--for", "billing"] + inputs)
    #expect(unknown.stderr.contains("--for billing: no service-defaults for `billing` in the inputs"))
  }

  @Test func missingTargetIsAUsageError() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runCentry(["compile", "web.hcl"], in: dir)
    #expect(result.status == 2)
    #expect(result.stdout == "")
  }
}
