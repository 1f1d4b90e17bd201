import CentryTestSupport
import Testing

@testable import CentryAnalysis
@testable import CentryCore
@testable import CentryEmit
@testable import CentryEngine
@testable import CentryModel

/// Compiler building blocks: weights, names, quoting, header merging, route matching.
@Suite struct ChainUnitTests {
  /// Spec core-entries §5.2 test vectors: input → units → stored.
  @Test(
    arguments: [
      (99.999, 10000, "100"), (0.001, 0, "0"), (0.004, 0, "0"), (0.005, 1, "0.01"), (0.015, 2, "0.02"),
      (33.333, 3333, "33.33"), (33.335, 3334, "33.34"), (12.345, 1235, "12.35"), (16.665, 1667, "16.67"),
      (50.005, 5001, "50.01"), (-10, -1000, "-10"),
    ] as [(Double, Int64, String)])
  func weightVectors(_ input: Double, _ units: Int64, _ stored: String) {
    #expect(SplitWeight.units(Float(input)) == units)
    #expect(SplitWeight.format(SplitWeight.normalize(input)) == stored)
  }

  @Test func nestedWeightsUseFloat32AndRoundAtEachLevel() {
    #expect(SplitWeight.nested(outer: 50, inner: 80) == 40)
    #expect(SplitWeight.format(SplitWeight.nested(outer: 33.33, inner: 33.33)) == "11.11")
    #expect(SplitWeight.format(SplitWeight.nested(outer: 0.01, inner: 50)) == "0.01")  // 0.005 rounds away from zero
    #expect(SplitWeight.format(SplitWeight.nested(outer: 0.01, inner: 40)) == "0")
  }

  @Test func targetIDsAndClusterNames() {
    let td = ChainOptions.defaultTrustDomain
    let plain = ChainTarget(
      service: "whoami", subset: "v1", namespace: "default", partition: "default", datacenter: "dc1", peer: nil,
      trustDomain: td)
    #expect(plain.id == "v1.whoami.default.default.dc1")
    #expect(plain.name == "v1.whoami.default.dc1.internal.\(td)")
    #expect(plain.spiffeID == "spiffe://\(td)/ns/default/dc/dc1/svc/whoami")
    let partitioned = ChainTarget(
      service: "db", subset: nil, namespace: "team", partition: "ap1", datacenter: "dc2", peer: nil, trustDomain: td)
    #expect(partitioned.id == "db.team.ap1.dc2")
    #expect(partitioned.name == "db.team.ap1.dc2.internal-v1.\(td)")
    #expect(partitioned.spiffeID == "spiffe://\(td)/ap/ap1/ns/team/dc/dc2/svc/db")
    let peered = ChainTarget(
      service: "db", subset: nil, namespace: "default", partition: "default", datacenter: "dc1", peer: "east",
      trustDomain: td)
    #expect(peered.id == "db.default.default.external.east")
    // Without peering data the peer's trust domain and datacenter are visible placeholders.
    #expect(peered.name == "db.default.east.external.<PEER_TRUST_DOMAIN:east>")
    #expect(peered.sni == "db.default.default.east.external.<PEER_TRUST_DOMAIN:east>")
    let known = ChainTarget(
      service: "db", subset: nil, namespace: "default", partition: "default", datacenter: "dc1", peer: "east",
      trustDomain: td, peering: PeerInfo(name: "east", trustDomain: "peer.consul", datacenter: "dc9"))
    // generatePeeredClusterName (no partition) and PeeredServiceSNI (with the partition).
    #expect(known.name == "db.default.east.external.peer.consul")
    #expect(known.sni == "db.default.default.east.external.peer.consul")
    #expect(
      known.subjectAltNames == [
        "spiffe://peer.consul/ns/default/dc/dc9/svc/db", "spiffe://peer.consul/gateway/mesh/dc/dc9",
      ])
  }

  @Test func peerSpecs() throws {
    let full = try PeerInfo.parse("cluster-01=peer1.domain@dc2").get()
    #expect(full.name == "cluster-01" && full.trustDomain == "peer1.domain" && full.datacenter == "dc2")
    let noDC = try PeerInfo.parse("east=abc.consul").get()
    #expect(noDC.datacenter == nil && noDC.missingValues == ["datacenter"])
    for bad in ["east", "=abc.consul", "east=", "east=abc.consul@", "ea st=abc.consul"] {
      #expect(throws: PeerSpecError.self, "\(bad)") { try PeerInfo.parse(bad).get() }
    }
  }

  /// Consul's golden `connect-proxy-with-chain-and-overrides` names the cluster
  /// `78ebd528~db…` for the overrides mesh gateway `local`, protocol `grpc`, connect timeout 66s.
  @Test func customizationHashMatchesConsul() {
    #expect(
      CustomizationHash.hash(meshGatewayMode: "local", protocol: "grpc", connectTimeout: 66_000_000_000)
        == "78ebd528")
  }

  @Test func consulVersions() {
    #expect(ConsulVersion.parse("1.22") == .v1_22)
    #expect(ConsulVersion.parse("v1.21.5") == ConsulVersion(major: 1, minor: 21, patch: 5))
    for bad in ["1", "1.22.3.4", "x.22", "1..2", "0.9", ""] { #expect(ConsulVersion.parse(bad) == nil, "\(bad)") }
    #expect(ConsulVersion.parse("1.21")?.prefixRewriteForm == .prefixRewrite)
    #expect(ConsulVersion.parse("1.22.0")?.prefixRewriteForm == .prefixRewrite)
    #expect(ConsulVersion.parse("1.22.1")?.prefixRewriteForm == .regexForSlashAndUnset)
    #expect(ConsulVersion.parse("1.22.6")?.prefixRewriteForm == .regexForSlashAndUnset)
    #expect(ConsulVersion.parse("1.22.7")?.prefixRewriteForm == .regexForSlash)
    #expect(ConsulVersion.parse("1.22")?.prefixRewriteForm == .regexForSlash)
    #expect(ConsulVersion.parse("2.0")?.prefixRewriteForm == .regexForSlash)
  }

  @Test func goQuoting() {
    #expect(GoFormat.quote("web") == "\"web\"")
    #expect(GoFormat.quote("a\"b\\c\n\t") == "\"a\\\"b\\\\c\\n\\t\"")
    #expect(GoFormat.quote("\u{01}") == "\"\\x01\"")
    #expect(GoFormat.quote("café") == "\"café\"")
  }

  @Test func redirectRewriteRules() {
    let base = TargetSpec(
      service: "a", subset: "v1", namespace: "default", partition: "default", datacenter: "dc1", peer: nil)
    // A different service clears the subset.
    let other = base.rewritten(service: "b", subset: nil, namespace: nil, partition: nil, datacenter: nil, peer: nil)
    #expect(other.id == "b.default.default.dc1")
    // The same service keeps it; only the datacenter changes.
    let dc = base.rewritten(service: "a", subset: nil, namespace: nil, partition: nil, datacenter: "dc2", peer: nil)
    #expect(dc.id == "v1.a.default.default.dc2")
  }

  // MARK: header merging (spec core-entries §7.6 step 2)

  static func modifiers(set: [(String, String)] = [], remove: [String] = []) -> HTTPHeaderModifiers {
    let range = SourceRange(file: FileID(0), start: 0, end: 0)
    var result = HTTPHeaderModifiers()
    if !set.isEmpty {
      result.set = Located(
        OrderedMap(set.map { MapEntry(key: $0.0, keyRange: range, value: Located($0.1, valueRange: range)) }),
        valueRange: range)
    }
    if !remove.isEmpty { result.remove = Located(remove.map { Located($0, valueRange: range) }, valueRange: range) }
    return result
  }

  @Test func overrideWinsAndRemoveListsAppend() {
    let base = Self.modifiers(set: [("x-a", "base"), ("x-b", "base")], remove: ["r1"])
    let over = Self.modifiers(set: [("x-a", "over")], remove: ["r1", "r2"])
    let merged = HeaderMerge.merge(base: base, override: over)
    #expect(merged?.set?.value["x-a"]?.value == "over")
    #expect(merged?.set?.value["x-b"]?.value == "base")
    #expect(merged?.remove?.value.map(\.value) == ["r1", "r2"])
    #expect(HeaderMerge.merge(base: nil, override: over) == over)
    #expect(HeaderMerge.merge(base: base, override: nil) == base)
  }

  // MARK: route matching (spec envoy §3.3)

  static func match(_ configure: (inout ServiceRouteHTTPMatch) -> Void) -> ServiceRouteHTTPMatch {
    var match = ServiceRouteHTTPMatch()
    configure(&match)
    return match
  }

  static func located<T>(_ value: T) -> Located<T> {
    Located(value, valueRange: SourceRange(file: FileID(0), start: 0, end: 0))
  }

  static func header(_ name: String, _ configure: (inout ServiceRouteHTTPMatchHeader) -> Void)
    -> Located<[Located<ServiceRouteHTTPMatchHeader>]>
  {
    var header = ServiceRouteHTTPMatchHeader()
    header.name = located(name)
    configure(&header)
    return located([located(header)])
  }

  @Test func pathMatching() {
    let prefix = Self.match { $0.pathPrefix = Self.located("/api") }
    #expect(RouteSimulator.matches(prefix, SimulatedRequest(path: "/api")) == true)
    #expect(RouteSimulator.matches(prefix, SimulatedRequest(path: "/apiary")) == true)  // no segment boundary
    #expect(RouteSimulator.matches(prefix, SimulatedRequest(path: "/API")) == false)
    var insensitive = prefix
    insensitive.caseInsensitive = Self.located(true)
    #expect(RouteSimulator.matches(insensitive, SimulatedRequest(path: "/API/x")) == true)
    let exact = Self.match { $0.pathExact = Self.located("/health") }
    #expect(RouteSimulator.matches(exact, SimulatedRequest(path: "/health?verbose=1")) == true)
    #expect(RouteSimulator.matches(exact, SimulatedRequest(path: "/health/")) == false)
    let regex = Self.match { $0.pathRegex = Self.located("/v[0-9]+/.*") }
    #expect(RouteSimulator.matches(regex, SimulatedRequest(path: "/v2/users")) == true)
    #expect(RouteSimulator.matches(regex, SimulatedRequest(path: "/x/v2/users")) == false)  // whole path
    // RE2's full match on the path without its query string; RE2-only syntax works.
    let anchored = Self.match { $0.pathRegex = Self.located("/v[0-9]+") }
    #expect(RouteSimulator.matches(anchored, SimulatedRequest(path: "/v2?x=/v3/y")) == true)
    #expect(RouteSimulator.matches(anchored, SimulatedRequest(path: "/v2/")) == false)
    let named = Self.match { $0.pathRegex = Self.located("/(?<version>v[0-9]+)/[\\d-z]+") }
    #expect(RouteSimulator.matches(named, SimulatedRequest(path: "/v1/1-z")) == true)
    let alternation = Self.match { $0.pathRegex = Self.located("/a|/b") }
    #expect(RouteSimulator.matches(alternation, SimulatedRequest(path: "/b")) == true)
    #expect(RouteSimulator.matches(alternation, SimulatedRequest(path: "/a/b")) == false)
    #expect(RouteSimulator.matches(nil, SimulatedRequest(path: "/anything")) == true)
    let broken = Self.match { $0.pathRegex = Self.located("(") }
    #expect(RouteSimulator.matches(broken, SimulatedRequest(path: "/")) == nil)
  }

  @Test func headerMatchingFollowsEnvoyOnMissingHeaders() {
    let invertedExact = Self.match {
      $0.header = Self.header("x-env") {
        $0.exact = Self.located("prod"); $0.invert = Self.located(true)
      }
    }
    #expect(RouteSimulator.matches(invertedExact, SimulatedRequest(path: "/")) == false)
    #expect(RouteSimulator.matches(invertedExact, SimulatedRequest(path: "/", headers: [("x-env", "dev")])) == true)
    #expect(RouteSimulator.matches(invertedExact, SimulatedRequest(path: "/", headers: [("X-Env", "prod")])) == false)
    let notPresent = Self.match {
      $0.header = Self.header("x-trace") {
        $0.present = Self.located(true); $0.invert = Self.located(true)
      }
    }
    #expect(RouteSimulator.matches(notPresent, SimulatedRequest(path: "/")) == true)
    #expect(RouteSimulator.matches(notPresent, SimulatedRequest(path: "/", headers: [("x-trace", "")])) == false)
    let prefix = Self.match { $0.header = Self.header("x-v") { $0.prefix = Self.located("v1") } }
    // Repeated headers are joined with `,` before matching.
    #expect(
      RouteSimulator.matches(prefix, SimulatedRequest(path: "/", headers: [("x-v", "v1"), ("x-v", "v2")])) == true)
    let methods = Self.match { $0.methods = Self.located([Self.located("GET"), Self.located("HEAD")]) }
    #expect(RouteSimulator.matches(methods, SimulatedRequest(path: "/", method: "HEAD")) == true)
    #expect(RouteSimulator.matches(methods, SimulatedRequest(path: "/", method: "GETX")) == false)
  }

  @Test func queryMatchingUsesTheFirstDecodedValue() {
    var param = ServiceRouteHTTPMatchQueryParam()
    param.name = Self.located("q")
    param.exact = Self.located("a b")
    let match = Self.match { $0.queryParam = Self.located([Self.located(param)]) }
    #expect(RouteSimulator.matches(match, SimulatedRequest(path: "/?q=a%20b&q=c")) == true)
    #expect(RouteSimulator.matches(match, SimulatedRequest(path: "/?q=c&q=a%20b")) == false)
    #expect(RouteSimulator.matches(match, SimulatedRequest(path: "/", query: [("q", "a b")])) == true)
    #expect(RouteSimulator.matches(match, SimulatedRequest(path: "/")) == false)
  }

  // MARK: compile through the linter

  static func compile(_ files: [(String, String)], service: String) -> ChainCompilation {
    let report = Linter.lint(files.map { SourceFile(name: $0.0, text: $0.1) })
    return ChainCompiler.compile(service: service, entries: report.entries)
  }

  @Test func defaultChainForAnUnknownService() {
    let compilation = Self.compile([], service: "billing")
    #expect(compilation.isValid)
    #expect(compilation.chain.isDefault)
    #expect(compilation.chain.protocol == "tcp")
    #expect(compilation.chain.targets.map(\.id) == ["billing.default.default.dc1"])
    guard case .resolver(let node) = compilation.chain.start else {
      Issue.record("start is not a resolver")
      return
    }
    #expect(node.connectTimeout == 5_000_000_000)
  }

  @Test func optionsRenameTargets() {
    let report = Linter.lint([
      SourceFile(
        name: "r.hcl",
        text: "Kind = \"service-resolver\"\nName = \"db\"\nConnectTimeout = \"2s\"\nRequestTimeout = \"-1s\"\n")
    ])
    let chain = ChainCompiler.compile(
      service: "db", entries: report.entries, options: ChainOptions(trustDomain: "td.consul", datacenter: "eu1")
    ).chain
    #expect(chain.targets.map(\.name) == ["db.default.eu1.internal.td.consul"])
    #expect(!chain.isDefault)
    guard case .resolver(let node) = chain.start else {
      Issue.record("start is not a resolver")
      return
    }
    #expect(node.connectTimeout == 2_000_000_000)
    #expect(node.requestTimeout == -1_000_000_000)
  }

  @Test func contextChainsAreComputedOnceForEveryNamedService() {
    let files = [
      SourceFile(name: "a.hcl", text: "Kind = \"service-defaults\"\nName = \"b\"\nProtocol = \"http\"\n"),
      SourceFile(name: "b.hcl", text: "Kind = \"service-resolver\"\nName = \"a\"\n"),
    ]
    let report = Linter.lint(files)
    #expect(ChainCompiler.services(in: report.entries) == ["a", "b"])
    #expect(ChainCompiler.compileAll(entries: report.entries).keys.sorted() == ["a", "b"])
  }
}

@Suite struct ChainHostileInputTests {
  /// 20 levels of splitters that each send two legs to the next: 2^20 paths. Flattening is capped.
  @Test func exponentialFanOutIsCapped() {
    var files = [
      SourceFile(name: "pd.hcl", text: "Kind = \"proxy-defaults\"\nName = \"global\"\nConfig { protocol = \"http\" }\n")
    ]
    for level in 0..<20 {
      files.append(
        SourceFile(
          name: "s\(level).hcl",
          text: """
            Kind = "service-splitter"
            Name = "s\(level)"
            Splits = [
              { Weight = 50, Service = "s\(level + 1)" },
              { Weight = 50, Service = "s\(level + 1)" },
            ]
            """))
    }
    let report = Linter.lint(files)
    let chain = ChainCompiler.compile(service: "s0", entries: report.entries).chain
    guard case .splitter(let splitter) = chain.start else {
      Issue.record("start is not a splitter")
      return
    }
    #expect(splitter.splits.count == ChainBuilder.maximumLegs)
    #expect(!splitter.splits.isEmpty)
  }
}

@Suite struct ChainEnvoyWeightTests {
  /// spec envoy §3.5: `Int(Float(normalized) × 100)`, truncated.
  @Test(
    arguments: [(Float(90), 9000), (33.33, 3333), (33.34, 3334), (0.5, 50), (0.53, 52), (2.1, 209), (4.2, 419)]
      as [(Float, Int)])
  func truncatedLikeConsul(_ weight: Float, _ expected: Int) {
    let split = ChainSplit(
      weight: SplitWeight.normalize(weight), nextNode: "resolver:x", requestHeaders: nil, responseHeaders: nil,
      ranges: [])
    #expect(split.envoyWeight == expected)
  }
}
