import CentryTestSupport
import ConsulTestServer
import Foundation
import Testing

/// The network commands end to end: the built binary against the project's Consul-compatible
/// test server (in-process, SwiftNIO) on 127.0.0.1, a Unix socket and TLS. The server records every
/// request, so the tests also assert what was *not* sent.
@Suite struct ConsulCommandTests {
  // MARK: - Helpers

  /// The consul CLI's variables, all unset unless a test sets them (the developer's own
  /// environment must not leak in).
  static let clean: [String: String?] = [
    "CONSUL_HTTP_ADDR": nil, "CONSUL_HTTP_TOKEN": nil, "CONSUL_HTTP_TOKEN_FILE": nil, "CONSUL_HTTP_SSL": nil,
    "CONSUL_HTTP_SSL_VERIFY": nil, "CONSUL_CACERT": nil, "CONSUL_CAPATH": nil, "CONSUL_CLIENT_CERT": nil,
    "CONSUL_CLIENT_KEY": nil, "CONSUL_TLS_SERVER_NAME": nil, "CONSUL_NAMESPACE": nil, "CONSUL_PARTITION": nil,
    "CONSUL_HTTP_AUTH": nil,
  ]

  /// Runs centry against `server` (its address as `-http-addr` unless `address` is false).
  func centry(
    _ server: ConsulTestServer?, _ arguments: [String], stdin: String = "", environment: [String: String?] = [:],
    address: Bool = true
  ) throws -> RunResult {
    var env = ConsulCommandTests.clean
    for (key, value) in environment { env[key] = value }
    var args = arguments
    if address, let server { args += ["-http-addr", server.address] }
    return try runCentry(args, stdin: stdin, in: repositoryRoot, environment: env)
  }

  func withServer(_ listener: ConsulTestServer.Listener = .tcp, _ body: (ConsulTestServer) throws -> Void) throws {
    let server = try ConsulTestServer(listener)
    defer { server.stop() }
    try body(server)
  }

  static let webDefaults = #"{"Kind":"service-defaults","Name":"web","Protocol":"http"}"#
  static let webResolver =
    #"{"Kind":"service-resolver","Name":"web","Subsets":{"v1":{"Filter":"Service.Meta.version == v1"},"v2":{"Filter":"Service.Meta.version == v2"}}}"#
  static let webSplitter9010 =
    #"{"Kind":"service-splitter","Name":"web","Splits":[{"Weight":90,"ServiceSubset":"v1"},{"Weight":10,"ServiceSubset":"v2"}]}"#

  /// A live cluster holding the seed's web splitter with what it needs.
  func seedWeb(_ server: ConsulTestServer) {
    server.store.seed(Self.webDefaults)
    server.store.seed(Self.webResolver)
    server.store.seed(Self.webSplitter9010)
  }

  // MARK: - write

  @Test func writeSendsNothingForAnInvalidSet() throws {
    try withServer { server in
      let result = try centry(server, ["write", "Fixtures/seed/web"])
      #expect(result.status == 1)
      #expect(result.stderr.contains("error[chain-subset-undefined]"))
      #expect(result.stdout.isEmpty)
      #expect(server.store.requests.isEmpty, "requests: \(server.store.requests)")
    }
  }

  @Test func writeSeedInDependencyOrderAndReadBackEqual() throws {
    try withServer { server in
      let result = try centry(server, ["write", "Fixtures/seed/whoami", "Fixtures/seed/static-server"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout == """
          Config entry written: service-defaults/whoami
          Config entry written: service-defaults/static-server
          Config entry written: service-defaults/static-server-next
          Config entry written: service-resolver/whoami
          Config entry written: service-router/whoami
          Config entry written: service-router/static-server

          """)
      let kinds = server.store.writes.map { request in
        request.body.split(separator: "\"")[3]
      }
      #expect(
        kinds == [
          "service-defaults", "service-defaults", "service-defaults", "service-resolver", "service-router",
          "service-router",
        ])
      #expect(server.store.writes.allSatisfy { $0.header("Content-Type") == "application/json" })
      // `read` returns each entry equal to what compile --to json would send, indexes aside.
      for (kind, name, file) in [
        ("service-defaults", "whoami", "Fixtures/seed/whoami/defaults.hcl"),
        ("service-resolver", "whoami", "Fixtures/seed/whoami/resolver.hcl"),
        ("service-router", "whoami", "Fixtures/seed/whoami/router.hcl"),
        ("service-router", "static-server", "Fixtures/seed/static-server/router.hcl"),
      ] {
        let read = try centry(server, ["read", kind, name])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("\"ModifyIndex\": "))
        #expect(!read.stdout.contains("\"Hash\""))
        let compiled = try centry(nil, ["compile", "--to", "json", folder(file)])
        let bodies = try JSONSerialization.jsonObject(with: Data(compiled.stdout.utf8)) as? [[String: Any]] ?? []
        let sent = bodies.first { $0["Kind"] as? String == kind && $0["Name"] as? String == name }
        let body = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any]
        #expect(sent.map(comparable) == body.map(comparable), "\(file)")
        #expect(sent != nil)
      }
    }
  }

  func folder(_ file: String) -> String { (file as NSString).deletingLastPathComponent }

  /// A body without its indexes and the zero field the test server adds as Consul's own encoding
  /// does (`"TransparentProxy": {}`).
  func comparable(_ body: [String: Any]) -> NSDictionary {
    var copy = body
    for key in ["CreateIndex", "ModifyIndex"] { copy[key] = nil }
    if (copy["TransparentProxy"] as? [String: Any])?.isEmpty == true { copy["TransparentProxy"] = nil }
    return copy as NSDictionary
  }

  @Test func writeFromAHeredocOnStdin() throws {
    try withServer { server in
      let result = try centry(
        server, ["write", "-"], stdin: "Kind = \"service-defaults\"\nName = \"api\"\nProtocol = \"HTTP\"\n")
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == "Config entry written: service-defaults/api\n")
      #expect(
        server.store.writes.first?.body
          == #"{"Kind":"service-defaults","Name":"api","Protocol":"HTTP","MeshGateway":{},"Expose":{},"CreateIndex":0,"ModifyIndex":0}"#
          + "\n")
    }
  }

  /// consul config write prints a `WARNING:` line on stderr after writing a permissive
  /// `MutualTLSMode` (its `KindSpecificWriteWarning`), one text for each kind.
  @Test func writeWarnsAboutPermissiveMutualTLSAsConsulDoes() throws {
    try withServer { server in
      let dir = try temporaryTree([
        "a-proxy.hcl": "Kind = \"proxy-defaults\"\nName = \"global\"\nMutualTLSMode = \"permissive\"\n",
        "b-legacy.hcl": "Kind = \"service-defaults\"\nName = \"legacy\"\nMutualTLSMode = \"permissive\"\n",
        "c-web.hcl": "Kind = \"service-defaults\"\nName = \"web\"\nMutualTLSMode = \"strict\"\n",
      ])
      let files = ["a-proxy.hcl", "b-legacy.hcl", "c-web.hcl"].map { dir.url.appendingPathComponent($0).path }
      let result = try centry(server, ["write"] + files)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout
          == "Config entry written: proxy-defaults/global\nConfig entry written: service-defaults/legacy\n"
          + "Config entry written: service-defaults/web\n")
      let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("WARNING: ") }
      #expect(
        warnings == [
          "WARNING: MutualTLSMode=permissive is insecure. To keep your services secure, set MutualTLSMode to `strict` whenever possible and override with service-defaults only if necessary. To check which service-defaults are currently in permissive mode, run `consul config list -kind service-defaults -filter 'MutualTLSMode = \"permissive\"'`.",
          "WARNING: MutualTLSMode=permissive is insecure. Set to `strict` when your service no longer needs to accept non-mTLS traffic. Check `tcp.permissive_public_listener` metrics in Envoy for non-mTLS traffic. Refer to Consul documentation for more information.",
        ])
      let dryRun = try centry(server, ["write", "--dry-run"] + files)
      #expect(!dryRun.stderr.contains("WARNING:"))
    }
  }

  @Test func dryRunPlansWithoutWriting() throws {
    try withServer { server in
      server.store.seed(
        #"{"Kind":"service-defaults","Name":"whoami","Protocol":"http","Expose":{"Checks":true,"Paths":[{"Path":"/health"}]}}"#
      )
      server.store.seed(#"{"Kind":"service-resolver","Name":"whoami","DefaultSubset":"v1"}"#)
      let result = try centry(server, ["write", "--dry-run", "Fixtures/seed/whoami"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("1. service-defaults/whoami  unchanged (ModifyIndex "))
      #expect(result.stdout.contains("2. service-resolver/whoami  changed (ModifyIndex "))
      #expect(result.stdout.contains("3. service-router/whoami    new"))
      #expect(server.store.writes.isEmpty)
      #expect(server.store.requests.allSatisfy { $0.method == "GET" })
    }
  }

  @Test func failedWriteMidwayAccountsForWhatWasWritten() throws {
    try withServer { server in
      server.store.faults = [Fault(.status(500, "internal error: raft apply failed"), method: "PUT", skip: 1)]
      let result = try centry(server, ["write", "Fixtures/seed/whoami"])
      #expect(result.status == 2)
      #expect(result.stdout == "Config entry written: service-defaults/whoami\n")
      #expect(
        result.stderr.contains(
          "error: Error writing config entry service-resolver/whoami: PUT /v1/config at \(server.address): Unexpected response code: 500 (internal error: raft apply failed)"
        ))
      #expect(result.stderr.contains("written before the failure (1): service-defaults/whoami"))
      #expect(result.stderr.contains("not written (2): service-resolver/whoami, service-router/whoami"))
      // The run stopped: the router was never sent.
      #expect(server.store.writes.count == 2)
      #expect(server.store.storedKeys == ["service-defaults/whoami"])
    }
  }

  @Test func validationErrorPointsAtTheField() throws {
    try withServer { server in
      server.store.viaClientAgent = true
      server.store.faults = [
        Fault(
          .status(500, "rpc error making call: service \"whoami\" does not have a subset named \"v2\""), method: "PUT",
          pathPrefix: "/v1/config", skip: 1)
      ]
      let result = try centry(server, ["write", "Fixtures/seed/whoami"])
      #expect(result.status == 2)
      #expect(
        result.stderr.contains(
          "error[consul-rejected]: Consul rejected service-resolver `whoami` (500): service \"whoami\" does not have a subset named \"v2\""
        ))
      // `DefaultSubset = "v2"` on line 3 of the resolver.
      #expect(result.stderr.contains("--> Fixtures/seed/whoami/resolver.hcl:3:17"))
    }
  }

  @Test func decodeErrorPointsAtTheKey() throws {
    try withServer { server in
      server.store.faults = [
        Fault(
          .status(400, "Request decoding failed: 1 error occurred:\n\t* invalid config key \"Protocol\"\n\n"),
          method: "PUT")
      ]
      let result = try centry(server, ["write", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(result.status == 2)
      #expect(
        result.stderr.contains(
          "Unexpected response code: 400 (Request decoding failed: 1 error occurred: * invalid config key \"Protocol\")"
        ))
      #expect(result.stderr.contains("--> Fixtures/seed/static-server/defaults.hcl:3:1"))
    }
  }

  @Test func serverSideGraphCheckRejectsWhatOfflineLintCannotSee() throws {
    try withServer { server in
      // Live: a router of `api` sends /web to `web`. Turning `web` into tcp lints clean on its own,
      // but Consul's graph check rejects it; `write --consul` sees it first and sends nothing.
      server.store.seed(#"{"Kind":"service-defaults","Name":"api","Protocol":"http"}"#)
      server.store.seed(Self.webDefaults)
      server.store.seed(
        #"{"Kind":"service-router","Name":"api","Routes":[{"Match":{"HTTP":{"PathPrefix":"/web"}},"Destination":{"Service":"web"}}]}"#
      )
      let input = "Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"tcp\"\n"
      let rejected = try centry(server, ["write", "-"], stdin: input)
      #expect(rejected.status == 2)
      #expect(rejected.stderr.contains("error[consul-rejected]: Consul rejected service-defaults `web` (500): "))
      #expect(rejected.stderr.contains("--> <stdin>:"))
      #expect(rejected.stderr.contains("not written (1): service-defaults/web"))
      #expect(server.store.entry(kind: "service-defaults", name: "web")?.contains("\"http\"") == true)
      server.store.clearRequests()
      let checked = try centry(server, ["write", "--consul", "-"], stdin: input)
      #expect(checked.status == 1, "\(checked.stderr)")
      #expect(checked.stderr.contains("error[chain-protocol-mismatch]"))
      #expect(server.store.writes.isEmpty)
    }
  }

  @Test func loneSplitterNeedsTheLiveEntriesItDependsOn() throws {
    try withServer { server in
      // Live: web's http protocol and its v1/v2 subsets. A splitter alone fails the chain checks
      // offline (tcp by default, no subsets); write says so, sends nothing, and points to --consul.
      server.store.seed(Self.webDefaults)
      server.store.seed(Self.webResolver)
      let splitter = """
        Kind = "service-splitter"
        Name = "web"
        Splits = [{ Weight = 50, ServiceSubset = "v1" }, { Weight = 50, ServiceSubset = "v2" }]

        """
      let offline = try centry(server, ["write", "-"], stdin: splitter)
      #expect(offline.status == 1)
      #expect(offline.stderr.contains("error[chain-"))
      #expect(offline.stderr.hasSuffix("`centry write --consul` checks the inputs against them\n"), "\(offline.stderr)")
      #expect(server.store.requests.isEmpty, "requests: \(server.store.requests)")
      let live = try centry(server, ["write", "--consul", "-"], stdin: splitter)
      #expect(live.status == 0, "\(live.stderr)")
      #expect(live.stdout == "Config entry written: service-splitter/web\n")
    }
  }

  @Test func noLiveContextHintForErrorsWithinAnEntry() throws {
    try withServer { server in
      let input = "Kind = \"service-splitter\"\nName = \"web\"\nSplits = [{ Weight = 90 }]\n"
      let result = try centry(server, ["write", "-"], stdin: input)
      #expect(result.status == 1)
      #expect(result.stderr.contains("error[splitter-weights-sum]"))
      #expect(!result.stderr.contains("--consul"))
      #expect(server.store.requests.isEmpty)
    }
  }

  @Test func checkAndSet() throws {
    try withServer { server in
      let index = server.store.seed(#"{"Kind":"service-defaults","Name":"static-server","Protocol":"grpc"}"#)
      let refused = try centry(
        server, ["write", "-cas", "-modify-index", "0", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(refused.status == 1)
      #expect(refused.stderr.hasPrefix("Config entry not updated: service-defaults/static-server\n"))
      #expect(server.store.writes.last?.parameter("cas") == "0")
      let stale = try centry(
        server, ["write", "-cas=true", "-modify-index=\(index + 5)", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(stale.status == 1)
      let written = try centry(
        server, ["write", "--cas", "--modify-index", "\(index)", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(written.status == 0, "\(written.stderr)")
      #expect(server.store.writes.last?.parameter("cas") == "\(index)")
      let plain = try centry(server, ["write", "-cas=false", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(plain.status == 0)
      #expect(server.store.writes.last?.parameter("cas") == nil)
    }
  }

  // MARK: - read, list, delete

  @Test func readListDelete() throws {
    try withServer { server in
      seedWeb(server)
      let read = try centry(server, ["read", "service-splitter", "web"])
      #expect(read.status == 0)
      #expect(
        read.stdout.hasPrefix("{\n    \"Kind\": \"service-splitter\",\n    \"Name\": \"web\",\n    \"Splits\": [\n"))
      let consulStyle = try centry(server, ["read", "-kind", "service-splitter", "-name", "web"])
      #expect(consulStyle.stdout == read.stdout)
      let missing = try centry(server, ["read", "service-router", "web"])
      #expect(missing.status == 2)
      #expect(
        missing.stderr
          == "error: GET /v1/config/service-router/web at \(server.address): Unexpected response code: 404 (Config entry not found for \"service-router\" / \"web\")\n"
      )
      let list = try centry(server, ["list", "service-defaults"])
      #expect(list.status == 0)
      #expect(list.stdout == "web\n")
      let unknownKind = try centry(server, ["list", "bogus"])
      #expect(unknownKind.status == 2)
      #expect(unknownKind.stderr.contains("500 (invalid config entry kind: bogus)"))
      let refused = try centry(server, ["delete", "service-splitter", "web", "-cas", "-modify-index", "1"])
      #expect(refused.status == 1)
      #expect(refused.stderr == "Config entry not deleted: service-splitter/web\n")
      let deleted = try centry(server, ["delete", "service-splitter", "web"])
      #expect(deleted.status == 0)
      #expect(deleted.stdout == "Config entry deleted: service-splitter/web\n")
      #expect(server.store.entry(kind: "service-splitter", name: "web") == nil)
      let again = try centry(server, ["delete", "-kind", "service-splitter", "-name", "web"])
      #expect(again.status == 0)
    }
  }

  // MARK: - diff

  @Test func diffShowsChangedFieldsAndSplitImpact() throws {
    try withServer { server in
      seedWeb(server)
      let input = """
        Kind = "service-splitter"
        Name = "web"
        Splits = [
          { Weight = 50, ServiceSubset = "v1" },
          { Weight = 50, ServiceSubset = "v2" },
        ]
        """
      let result = try centry(server, ["diff", "-"], stdin: input)
      #expect(result.status == 1, "\(result.stderr)")
      let removed = result.stdout.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
      let added = result.stdout.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
      #expect(removed == ["-      \"Weight\": 90,", "-      \"Weight\": 10,"])
      #expect(added == ["+      \"Weight\": 50,", "+      \"Weight\": 50,"])
      #expect(result.stdout.contains("--- consul service-splitter/web\n+++ <stdin> service-splitter/web\n"))
      #expect(result.stdout.contains("traffic impact:\n  web:\n    route /* : 90% v1, 10% v2 → 50% v1, 50% v2\n"))
      #expect(server.store.writes.isEmpty)
    }
  }

  @Test func diffShowsANewRoute() throws {
    try withServer { server in
      seedWeb(server)
      let input = """
        Kind = "service-router"
        Name = "web"
        Routes = [
          {
            Match { HTTP { PathPrefix = "/api/", Methods = ["GET"] } }
            Destination { ServiceSubset = "v2", RequestTimeout = "180s" }
          },
        ]
        """
      let result = try centry(server, ["diff", "-"], stdin: input)
      #expect(result.status == 1, "\(result.stderr)")
      #expect(result.stdout.contains("--- /dev/null\n"))
      #expect(result.stdout.contains("1 entry would change: service-router/web (new)"))
      #expect(result.stdout.contains("new route GET /api/* (position 1) → 100% v2"))
      // The catch-all keeps the splitter's split: no change listed for it.
      #expect(!result.stdout.contains("route /* :"))
    }
  }

  @Test func diffWithoutChangesExitsZeroAndDurationsCompareByValue() throws {
    try withServer { server in
      server.store.seed(#"{"Kind":"service-resolver","Name":"db","ConnectTimeout":"180s"}"#)
      let result = try centry(
        server, ["diff", "-"], stdin: "Kind = \"service-resolver\"\nName = \"db\"\nConnectTimeout = \"3m\"\n")
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      #expect(result.stdout == "no changes: 1 entry matches Consul\n\ntraffic impact: none\n")
    }
  }

  /// Consul normalises what it stores (protocols lower-cased, methods upper-cased, weights rounded
  /// to 0.01, proxy-defaults named `global`); `diff` applies the same normalisation, so a diff right
  /// after a write is empty.
  @Test func diffAfterWriteIsEmptyDespiteConsulsNormalisation() throws {
    try withServer { server in
      let dir = try temporaryTree([
        "proxy.hcl": "Kind = \"proxy-defaults\"\nConfig { protocol = \"http\" }\n",
        "defaults.hcl": """
        Kind = "service-defaults"
        Name = "web"
        Protocol = "HTTP"
        UpstreamConfig { Defaults { Protocol = "HTTP2" } }
        """,
        "resolver.hcl": """
        Kind = "service-resolver"
        Name = "web"
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1" }
          v2 = { Filter = "Service.Meta.version == v2" }
        }
        """,
        "splitter.hcl": """
        Kind = "service-splitter"
        Name = "web"
        Splits = [{ Weight = 33.333, ServiceSubset = "v1" }, { Weight = 66.667, ServiceSubset = "v2" }]
        """,
        "router.hcl": """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { PathPrefix = "/api", Methods = ["get", "Post"] } }, Destination { ServiceSubset = "v1" } }]
        """,
      ])
      let written = try centry(server, ["write", dir.url.path])
      #expect(written.status == 0, "\(written.stderr)")
      // What Consul stores differs from what was sent …
      #expect(server.store.entry(kind: "service-defaults", name: "web")?.contains(#""Protocol":"http""#) == true)
      #expect(server.store.entry(kind: "service-defaults", name: "web")?.contains(#""Protocol":"http2""#) == true)
      #expect(server.store.entry(kind: "service-splitter", name: "web")?.contains(#""Weight":33.33,"#) == true)
      #expect(server.store.entry(kind: "service-router", name: "web")?.contains(#"["GET","POST"]"#) == true)
      #expect(server.store.entry(kind: "proxy-defaults", name: "global")?.contains(#""Name":"global""#) == true)
      // … and yet nothing would change.
      let diff = try centry(server, ["diff", dir.url.path])
      #expect(diff.status == 0, "\(diff.stdout)\(diff.stderr)")
      #expect(diff.stdout == "no changes: 5 entries match Consul\n\ntraffic impact: none\n")
      let plan = try centry(server, ["write", "--dry-run", dir.url.path])
      #expect(plan.status == 0, "\(plan.stderr)")
      let statuses = plan.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ")[2] }
      #expect(statuses == Array(repeating: "unchanged", count: 5), "\(plan.stdout)")
      // A real change still shows, normalised: only the weights.
      let edited = try String(contentsOf: dir.url.appendingPathComponent("splitter.hcl"), encoding: .utf8)
        .replacingOccurrences(of: "33.333", with: "50").replacingOccurrences(of: "66.667", with: "50")
      let changed = try centry(server, ["diff", "-"], stdin: edited)
      #expect(changed.status == 1)
      #expect(changed.stdout.contains("-      \"Weight\": 33.33,\n"), "\(changed.stdout)")
      #expect(changed.stdout.contains("+      \"Weight\": 50,\n"), "\(changed.stdout)")
    }
  }

  @Test func diffJSONHasBothParts() throws {
    try withServer { server in
      seedWeb(server)
      let input =
        "Kind = \"service-resolver\"\nName = \"web\"\nConnectTimeout = \"10s\"\nSubsets = { v1 = { Filter = \"Service.Meta.version == v1\" }, v2 = { Filter = \"Service.Meta.version == v2\" } }\n"
      let result = try centry(server, ["diff", "--format", "json", "-"], stdin: input)
      #expect(result.status == 1, "\(result.stderr)")
      #expect(result.stdout.contains("\"changed\": true"))
      #expect(result.stdout.contains("\"status\": \"changed\""))
      #expect(result.stdout.contains("\"change\": \"target-setting-changed\""))
      #expect(result.stdout.contains("\"setting\": \"connect timeout\""))
      #expect(result.stdout.contains("\"new\": \"10s\""))
    }
  }

  // MARK: - lint / explain / route --consul

  @Test func lintAgainstTheLiveCluster() throws {
    try withServer { server in
      server.store.seed(Self.webDefaults)
      server.store.seed(Self.webResolver)
      let offline = try centry(server, ["lint", "Fixtures/seed/web"], address: false)
      #expect(offline.status == 1)
      let live = try centry(server, ["lint", "--consul", "Fixtures/seed/web"])
      #expect(live.status == 0, "\(live.stdout)\(live.stderr)")
      #expect(server.store.requests.allSatisfy { $0.method == "GET" })
      // An input that replaces a live entry is checked as the replacement, and what it breaks in
      // other live entries is reported there.
      server.store.seed(Self.webSplitter9010)
      let broken = try centry(
        server, ["lint", "--consul", "-"],
        stdin:
          "Kind = \"service-resolver\"\nName = \"web\"\nSubsets = { v1 = { Filter = \"Service.Meta.version == v1\" } }\n"
      )
      #expect(broken.status == 1)
      #expect(broken.stdout.contains("`web` has no subset `v2`"))
      #expect(broken.stdout.contains("--> consul:service-splitter/web"))
      let explain = try centry(server, ["explain", "web", "--consul", "Fixtures/seed/web"])
      #expect(explain.status == 0, "\(explain.stderr)")
      #expect(explain.stdout.contains("splitter web:"))
      let route = try centry(server, ["route", "web", "--consul", "--path", "/", "Fixtures/seed/web"])
      #expect(route.status == 0, "\(route.stderr)")
      #expect(route.stdout.contains("90%"))
    }
  }

  /// With `--consul` the diagnostics go through the renderer of `--format` (route and diff: JSON
  /// with `--format json`), and the summary counts the input files only.
  @Test func liveDiagnosticsFollowTheFormat() throws {
    try withServer { server in
      server.store.seed(Self.webDefaults)
      server.store.seed(Self.webResolver)
      server.store.seed(Self.webSplitter9010)
      let broken =
        "Kind = \"service-resolver\"\nName = \"web\"\nSubsets = { v1 = { Filter = \"Service.Meta.version == v1\" } }\n"
      let lint = try centry(server, ["lint", "--consul", "--format", "json", "-"], stdin: broken)
      #expect(lint.status == 1)
      #expect(lint.stdout.contains(#""rule": "chain-subset-undefined""#), "\(lint.stdout)")
      #expect(lint.stdout.contains(#""file": "consul:service-splitter/web""#))
      #expect(lint.stdout.contains(#""files": 1,"#))
      let sarif = try centry(server, ["lint", "--consul", "--format", "sarif", "-"], stdin: broken)
      #expect(sarif.stdout.contains(#""ruleId": "chain-subset-undefined""#), "\(sarif.stdout)")
      let route = try centry(
        server, ["route", "web", "--consul", "--path", "/", "--format", "json", "-"], stdin: broken)
      #expect(route.status == 1)
      #expect(route.stdout.isEmpty)
      #expect(route.stderr.contains(#""rule": "chain-subset-undefined""#), "\(route.stderr)")
      let diff = try centry(server, ["diff", "--format", "json", "-"], stdin: broken)
      #expect(diff.status == 2)
      #expect(diff.stderr.contains(#""rule": "chain-subset-undefined""#), "\(diff.stderr)")
      #expect(diff.stderr.contains("error: the inputs have errors; `write` would refuse them"))
      let write = try centry(server, ["write", "--consul", "--format", "github", "-"], stdin: broken)
      #expect(write.status == 1)
      #expect(write.stderr.contains("::error file=consul%3Aservice-splitter/web,"), "\(write.stderr)")
      #expect(server.store.writes.isEmpty)
    }
  }

  // MARK: - Connections

  @Test func unixSocket() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("c-\(UUID().uuidString.prefix(8)).sock")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try withServer(.unix(path: path)) { server in
      #expect(server.address == "unix://\(path)")
      let result = try centry(server, ["write", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(result.status == 0, "\(result.stderr)")
      let env = try centry(
        server, ["list", "service-defaults"], environment: ["CONSUL_HTTP_ADDR": server.address], address: false)
      #expect(env.stdout == "static-server\n")
    }
  }

  @Test func tlsWithCAFileAndPathAndServerName() throws {
    let certificates = try TestCertificates.make()
    defer { certificates.remove() }
    try withServer(.tls(certificates, requireClientCertificate: false)) { server in
      let withFile = try centry(server, ["list", "service-defaults", "-ca-file", certificates.caCertificate])
      #expect(withFile.status == 0, "\(withFile.stderr)")
      let directory = certificates.directory + "/cas"
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: certificates.caCertificate, toPath: directory + "/ca.pem")
      let withPath = try centry(
        server, ["list", "service-defaults"], environment: ["CONSUL_CAPATH": directory])
      #expect(withPath.status == 0, "\(withPath.stderr)")
      let byName = try centry(
        server,
        ["list", "service-defaults", "-tls-server-name", "consul.test:8501", "-ca-file", certificates.caCertificate])
      #expect(byName.status == 0, "\(byName.stderr)")
      // host:port plus CONSUL_HTTP_SSL=true is TLS too.
      let sslEnv = try centry(
        server, ["list", "service-defaults"],
        environment: [
          "CONSUL_HTTP_ADDR": server.hostPort, "CONSUL_HTTP_SSL": "true", "CONSUL_CACERT": certificates.caCertificate,
        ],
        address: false)
      #expect(sslEnv.status == 0, "\(sslEnv.stderr)")
      let untrusted = try centry(server, ["list", "service-defaults", "-ca-file", certificates.otherCACertificate])
      #expect(untrusted.status == 2)
      #expect(
        untrusted.stderr.hasPrefix("error: GET /v1/config/service-defaults at \(server.address): TLS handshake failed"))
      #expect(untrusted.stderr.split(separator: "\n").count == 1)
      let unverified = try centry(
        server, ["list", "service-defaults"], environment: ["CONSUL_HTTP_SSL_VERIFY": "false"])
      #expect(unverified.status == 0, "\(unverified.stderr)")
    }
  }

  @Test func tlsClientCertificate() throws {
    let certificates = try TestCertificates.make()
    defer { certificates.remove() }
    try withServer(.tls(certificates, requireClientCertificate: true)) { server in
      let without = try centry(server, ["list", "service-defaults", "-ca-file", certificates.caCertificate])
      #expect(without.status == 2)
      #expect(without.stderr.hasPrefix("error: GET /v1/config/service-defaults at \(server.address): "))
      let with = try centry(
        server,
        [
          "list", "service-defaults", "-ca-file", certificates.caCertificate, "-client-cert",
          certificates.clientCertificate, "-client-key", certificates.clientKey,
        ])
      #expect(with.status == 0, "\(with.stderr)")
      let halfEnv = try centry(
        server, ["list", "service-defaults"], environment: ["CONSUL_CLIENT_CERT": certificates.clientCertificate])
      #expect(halfEnv.status == 2)
      #expect(halfEnv.stderr == "error: cannot connect to Consul: both client cert and client key must be provided\n")
    }
  }

  @Test func aclTokensAndSecrecy() throws {
    let secret = "b3a1c2d4-token-that-must-never-print"
    let tree = try temporaryTree(["token": "  \(secret)\n"])
    defer { withExtendedLifetime(tree) {} }
    let tokenFile = tree.url.appendingPathComponent("token").path
    try withServer { server in
      server.store.acl = ACLTokens(management: secret, read: "read-only-token-xyz")
      let denied = try centry(server, ["write", "--verbose", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(denied.status == 2)
      #expect(
        denied.stderr.contains(
          "Unexpected response code: 403 (Permission denied: anonymous token lacks permission 'service:write' on \"static-server\""
        ))
      let unknown = try centry(server, ["read", "service-defaults", "x", "-token", "nope-nope"])
      #expect(unknown.stderr.contains("403 (ACL not found)"))
      let readOnly = try centry(
        server, ["write", "Fixtures/seed/static-server/defaults.hcl", "-token", "read-only-token-xyz"])
      #expect(readOnly.status == 2)
      #expect(!(readOnly.stdout + readOnly.stderr).contains("read-only-token-xyz"))
      for run in [
        try centry(server, ["write", "--verbose", "-token", secret, "Fixtures/seed/static-server/defaults.hcl"]),
        try centry(
          server, ["read", "--verbose", "service-defaults", "static-server"], environment: ["CONSUL_HTTP_TOKEN": secret]
        ),
        try centry(server, ["diff", "--verbose", "-token-file", tokenFile, "Fixtures/seed/static-server"]),
        try centry(
          server, ["list", "--verbose", "service-defaults"], environment: ["CONSUL_HTTP_TOKEN_FILE": tokenFile]),
        try centry(server, ["lint", "--consul", "--verbose", "-token", secret, "Fixtures/seed/web"]),
      ] {
        #expect(run.status <= 1, "\(run.stderr)")
        #expect(!(run.stdout + run.stderr).contains(secret))
        #expect(!(run.stdout + run.stderr).contains("b3a1c2d4"))
      }
      // Failures with the token set print no token either.
      server.store.faults = [Fault(.status(500, "boom"))]
      let failing = try centry(server, ["read", "--verbose", "-token", secret, "service-defaults", "static-server"])
      #expect(failing.status == 2)
      #expect(!(failing.stdout + failing.stderr).contains(secret))
      let refused = try centry(
        nil, ["list", "--verbose", "service-defaults", "-token", secret, "-http-addr", "127.0.0.1:1"])
      #expect(refused.status == 2)
      #expect(!(refused.stdout + refused.stderr).contains(secret))
      // HTTP basic auth from CONSUL_HTTP_AUTH: sent, never printed.
      server.store.faults = []
      let basic = try centry(
        server, ["list", "--verbose", "service-defaults", "-token", secret],
        environment: ["CONSUL_HTTP_AUTH": "ops:pa55-w0rd"])
      #expect(basic.status == 0, "\(basic.stderr)")
      #expect(!(basic.stdout + basic.stderr).contains("pa55-w0rd"))
      #expect(server.store.requests.last?.header("Authorization") == "Basic b3BzOnBhNTUtdzByZA==")
      // Every request carried it in the header, never in the URL.
      let sent = server.store.requests.filter { $0.header("X-Consul-Token") == secret }
      #expect(sent.count >= 5)
      #expect(server.store.requests.allSatisfy { $0.parameter("token") == nil })
    }
  }

  @Test func tenancyParameters() throws {
    try withServer { server in
      let ce = try centry(server, ["list", "service-defaults"], environment: ["CONSUL_NAMESPACE": "default"])
      #expect(ce.status == 2)
      #expect(ce.stderr.contains("400 (Invalid query parameter: \"ns\" - Namespaces are a Consul Enterprise feature)"))
      let none = try centry(server, ["list", "service-defaults"])
      #expect(none.status == 0)
      #expect(server.store.requests.last?.query.isEmpty == true)
      server.store.enterprise = true
      let enterprise = try centry(
        server, ["list", "service-defaults", "-namespace", "team", "-partition", "p1", "-datacenter", "dc1", "-stale"])
      #expect(enterprise.status == 0, "\(enterprise.stderr)")
      let last = server.store.requests.last
      #expect(last?.parameter("ns") == "team")
      #expect(last?.parameter("partition") == "p1")
      #expect(last?.parameter("dc") == "dc1")
      #expect(last?.parameter("stale") == "")
      let otherDC = try centry(server, ["list", "service-defaults", "-datacenter", "dc9"])
      #expect(otherDC.stderr.contains("500 (No path to datacenter)"))
    }
  }

  // MARK: - Faults

  @Test func slowServerTimesOut() throws {
    try withServer { server in
      server.store.faults = [Fault(.delay(seconds: 4))]
      let result = try centry(server, ["list", "service-defaults", "--timeout", "1s"])
      #expect(result.status == 2)
      #expect(
        result.stderr
          == "error: GET /v1/config/service-defaults at \(server.address): no response within 1s (--timeout)\n")
    }
  }

  @Test func droppedConnection() throws {
    try withServer { server in
      server.store.faults = [Fault(.dropConnection)]
      let result = try centry(server, ["read", "service-defaults", "web"])
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("error: GET /v1/config/service-defaults/web at \(server.address): "))
      #expect(result.stderr.split(separator: "\n").count == 1)
    }
  }

  @Test func serverErrorAndMalformedJSON() throws {
    try withServer { server in
      server.store.faults = [Fault(.status(500, "leader election in progress\n"), times: 1), Fault(.malformedJSON)]
      let error = try centry(server, ["list", "service-defaults"])
      #expect(error.status == 2)
      #expect(
        error.stderr
          == "error: GET /v1/config/service-defaults at \(server.address): Unexpected response code: 500 (leader election in progress)\n"
      )
      let malformed = try centry(server, ["read", "service-defaults", "web"])
      #expect(malformed.status == 2)
      #expect(
        malformed.stderr.hasPrefix(
          "error: GET /v1/config/service-defaults/web at \(server.address): malformed response: invalid JSON"))
      let write = try centry(server, ["write", "Fixtures/seed/static-server/defaults.hcl"])
      #expect(write.status == 2)
      #expect(write.stderr.contains("malformed response: expected `true` or `false`"))
    }
  }

  @Test func unreachableAddresses() throws {
    let refused = try centry(nil, ["list", "service-defaults", "-http-addr", "127.0.0.1:1"])
    #expect(refused.status == 2)
    #expect(refused.stderr == "error: GET /v1/config/service-defaults at http://127.0.0.1:1: connection refused\n")
    // A 70-character label cannot be encoded as a DNS query, so the resolver fails without sending
    // anything off this machine.
    let host = String(repeating: "a", count: 70) + ".invalid"
    let dns = try centry(nil, ["list", "service-defaults"], environment: ["CONSUL_HTTP_ADDR": "\(host):8500"])
    #expect(dns.status == 2)
    #expect(
      dns.stderr == "error: GET /v1/config/service-defaults at http://\(host):8500: cannot resolve host `\(host)`\n")
    let scheme = try centry(nil, ["read", "a", "b", "-http-addr", "ftp://x"])
    #expect(scheme.status == 2)
    #expect(scheme.stderr == "error: cannot connect to Consul: Unknown protocol scheme: ftp\n")
    let tokenFile = try centry(nil, ["read", "a", "b", "-token-file", "/nonexistent/token"])
    #expect(
      tokenFile.stderr
        == "error: cannot connect to Consul: Error loading token file: open /nonexistent/token: no such file or directory\n"
    )
  }

  @Test func offlineCommandsSendNothingWithoutConsulFlag() throws {
    try withServer { server in
      let result = try centry(
        server, ["lint", "Fixtures/seed/whoami"], environment: ["CONSUL_HTTP_ADDR": server.address], address: false)
      #expect(result.status == 0)
      #expect(server.store.requests.isEmpty)
    }
  }
}
