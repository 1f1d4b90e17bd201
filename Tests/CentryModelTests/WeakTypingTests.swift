import CentryCore
import CentryModel
import Testing

/// Weak typing and block flattening as Consul's decoder applies them (spec decoding §1.4, §1.7).
@Suite struct WeakTypingTests {
  private func router(_ body: String, name: String = "entry.hcl") -> (ServiceRouter?, [Diagnostic]) {
    let decoded = modelDecode("Kind = \"service-router\"\nName = \"web\"\n" + body, name: name)
    guard case .serviceRouter(let router)? = decoded.result.entries.first?.entry else {
      return (nil, decoded.result.diagnostics)
    }
    return (router, decoded.result.diagnostics)
  }

  private func destination(_ fields: String) -> (ServiceRouteDestination?, [Diagnostic]) {
    let (router, diagnostics) = router("Routes = [{ Destination { \(fields) } }]")
    return (router?.routes.orEmpty().first?.value.destination?.value, diagnostics)
  }

  @Test func scalarsConvertWeakly() {
    let (d, diagnostics) = destination(
      #"Service = 5, NumRetries = "3", RetryOnConnectFailure = "true", PrefixRewrite = true, RetryOnStatusCodes = "503""#
    )
    #expect(diagnostics.isEmpty)
    #expect(d?.service?.value == "5")
    #expect(d?.numRetries?.value == 3)
    #expect(d?.retryOnConnectFailure?.value == true)
    #expect(d?.prefixRewrite?.value == "1")
    #expect(d?.retryOnStatusCodes.orEmpty().map(\.value) == [503])
  }

  @Test func integersAcceptGoSyntaxAndTruncateFloats() {
    let (d, diagnostics) = destination(#"NumRetries = "0x10""#)
    #expect(diagnostics.isEmpty)
    #expect(d?.numRetries?.value == 16)
    let (d2, _) = destination("NumRetries = 2.9")
    #expect(d2?.numRetries?.value == 2)
    let (d3, _) = destination(#"NumRetries = """#)
    #expect(d3?.numRetries?.value == 0)
  }

  @Test func boolRejectsOtherStrings() {
    let (_, diagnostics) = destination(#"RetryOnConnectFailure = "yes""#)
    #expect(diagnostics.map(\.rule) == [.typeMismatch])
  }

  @Test func bareNumberDurationIsNanoseconds() {
    let (d, diagnostics) = destination("RequestTimeout = 5")
    #expect(diagnostics.isEmpty)
    #expect(d?.requestTimeout?.value.nanoseconds == 5)
    #expect(d?.requestTimeout?.value.isBareNumber == true)
  }

  @Test func singleValueBecomesAOneElementList() {
    let (router, diagnostics) = router(#"Routes = [{ Match { HTTP { Methods = "GET" } } }]"#)
    #expect(diagnostics.isEmpty)
    #expect(router?.routes.orEmpty().first?.value.match?.value.http?.value.methods.orEmpty().map(\.value) == ["GET"])
  }

  @Test func oneElementListLiteralFillsAnObject() {
    let (router, diagnostics) = router(#"Routes = [{ Match = [{ HTTP = [{ PathPrefix = "/a" }] }] }]"#)
    #expect(diagnostics.isEmpty)
    #expect(router?.routes.orEmpty().first?.value.match?.value.http?.value.pathPrefix?.value == "/a")
  }

  @Test func oneElementListFillsAString() {
    let (router, diagnostics) = router(#"Routes = [{ Destination { Service = ["a"] } }]"#)
    #expect(diagnostics.isEmpty)
    #expect(router?.routes.orEmpty().first?.value.destination?.value.service?.value == "a")
  }

  @Test func emptyListCannotFillAnObject() {
    let (_, diagnostics) = router("Routes = [{ Match = [] }]")
    #expect(diagnostics.map(\.rule) == [.typeMismatch])
  }

  @Test func twoBlocksCannotFillAnObject() {
    let (_, diagnostics) = router(
      #"Routes { Destination { Service = "a" } Destination { Service = "b" } }"#)
    #expect(diagnostics.map(\.rule) == [.tooManyBlocks])
    #expect(diagnostics.first?.message == "expected one `Destination` object in `Routes[0]`, found 2 blocks")
  }

  @Test func repeatedBlocksAndListLiteralsConcatenate() {
    let (router, diagnostics) = router(
      """
      Routes = [{ Destination { Service = "a" } }]
      Routes { Destination { Service = "b" } }
      Routes { Destination { Service = "c" } }
      """)
    #expect(diagnostics.isEmpty)
    #expect(router?.routes.orEmpty().compactMap { $0.value.destination?.value.service?.value } == ["a", "b", "c"])
  }

  @Test func emptyObjectIsAnEmptyList() {
    let (router, diagnostics) = router("", name: "entry.hcl")
    #expect(diagnostics.isEmpty)
    #expect(router?.routes == nil)
    let json = modelDecode(#"{"Kind": "service-router", "Name": "web", "Routes": {}}"#, name: "e.json")
    #expect(json.result.diagnostics.isEmpty)
    #expect(json.result.entries.first?.serviceRouter?.routes?.value.isEmpty == true)
  }

  @Test func twoMetaBlocksMerge() {
    let decoded = modelDecode(
      """
      Kind = "service-splitter"
      Name = "web"
      Meta { a = "1" }
      Meta { b = "2" }
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(decoded.result.entries.first?.serviceSplitter?.meta?.value.keys == ["a", "b"])
  }

  @Test func jsonNumbersDecodeIntoIntegers() {
    let decoded = modelDecode(
      #"{"Kind": "service-defaults", "Name": "web", "LocalRequestTimeoutMs": 30000, "MaxInboundConnections": 1.0e2}"#,
      name: "e.json")
    #expect(decoded.result.diagnostics.isEmpty)
    let defaults = decoded.result.entries.first?.serviceDefaults
    #expect(defaults?.localRequestTimeoutMs?.value == 30000)
    #expect(defaults?.maxInboundConnections?.value == 100)
  }

  @Test func jsonNullLeavesTheFieldAbsent() {
    let decoded = modelDecode(#"{"Kind": "service-defaults", "Name": "web", "Protocol": null}"#, name: "e.json")
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(decoded.result.entries.first?.serviceDefaults?.protocol == nil)
  }

  @Test func negativeUnsignedWrapsAsGoDoes() {
    let (d, diagnostics) = destination("NumRetries = -1")
    #expect(diagnostics.isEmpty)
    #expect(d?.numRetries?.value == UInt32.max)
  }

  @Test func weightKeepsTheParsedDouble() {
    let decoded = modelDecode(
      """
      Kind = "service-splitter"
      Name = "web"
      Splits = [{ Weight = "33.333" }, { Weight = 66.667 }]
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(
      decoded.result.entries.first?.serviceSplitter?.splits.orEmpty().compactMap { $0.value.weight?.value } == [
        33.333, 66.667,
      ])
  }

  @Test func opaqueConfigFlattensOneElementListsRecursively() {
    let decoded = modelDecode(
      """
      Kind = "proxy-defaults"
      Name = "global"
      Config {
        moreconfig { moar = "config" }
        one = ["a"]
        two = ["a", "b"]
      }
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    let config = decoded.result.entries.first?.proxyDefaults?.config?.value
    guard case .object(let more)? = config?["moreconfig"]?.value else {
      Issue.record("moreconfig is not an object")
      return
    }
    #expect(more["moar"]?.value == .string("config"))
    #expect(config?["one"]?.value == .string("a"))
    if case .list(let two)? = config?["two"]?.value { #expect(two.count == 2) } else { Issue.record("two") }
    #expect(decoded.result.entries.first?.proxyDefaults?.configProtocol == nil)
  }

  /// Consul unslices an opaque value only from a one-element list; a list of zero or two or more
  /// elements, or a JSON object, is assigned as it is and nothing inside it is flattened.
  @Test func opaqueFlatteningStartsOnlyAtOneElementLists() {
    let decoded = modelDecode(
      """
      Kind = "service-defaults"
      Name = "web"
      EnvoyExtensions = [{
        Name = "builtin/property-override"
        Arguments = {
          Patches = [
            { ResourceFilter = { ResourceType = "cluster" }, Op = "add" },
            { ResourceFilter = { Services = [{ Name = "api" }] } },
          ]
          One = [{ Inner = { Deep = ["x"] }, Pair = [{ A = { B = 1 } }, 2] }]
          Nested = [["x"]]
          Empty = []
        }
      }]
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    let arguments = decoded.result.entries.first?.serviceDefaults?.envoyExtensions?.value.first?.value.arguments
    #expect(
      arguments.map { render(.object($0.value)) }
        == #"{Patches:[{ResourceFilter:[{ResourceType:"cluster"}],Op:"add"},{ResourceFilter:[{Services:[{Name:"api"}]}]}],"#
        + #"One:{Inner:{Deep:"x"},Pair:[{A:{B:1}},2]},Nested:["x"],Empty:[]}"#)
    // JSON objects are maps, not one-element lists: the hook leaves them (and their insides) alone.
    let json = modelDecode(
      #"{"Kind": "proxy-defaults", "Config": {"a": {"b": ["x"]}, "c": ["y"], "d": [{"e": ["z"]}]}}"#, name: "e.json")
    #expect(
      json.result.entries.first?.proxyDefaults?.config.map { render(.object($0.value)) }
        == #"{a:{b:["x"]},c:"y",d:{e:"z"}}"#)
  }

  /// A compact, order-keeping rendering of an opaque value.
  private func render(_ value: OpaqueValue) -> String {
    switch value {
    case .string(let string): return "\"\(string)\""
    case .integer(let integer): return "\(integer)"
    case .float(let double): return "\(double)"
    case .bool(let bool): return "\(bool)"
    case .null: return "null"
    case .list(let elements): return "[" + elements.map { render($0.value) }.joined(separator: ",") + "]"
    case .object(let map):
      return "{" + map.entries.map { "\($0.key):\(render($0.value.value))" }.joined(separator: ",") + "}"
    }
  }

  @Test func configProtocolIsWeaklyAString() {
    let decoded = modelDecode(#"{"Kind": "proxy-defaults", "Config": {"protocol": "http"}}"#, name: "e.json")
    #expect(decoded.result.entries.first?.proxyDefaults?.configProtocol?.value == "http")
    #expect(decoded.result.entries.first?.entry.effectiveName == "global")
  }
}

@Suite struct WeakConversionEdgeTests {
  private func uint(_ value: String) -> [Diagnostic] {
    modelDecode(
      "Kind = \"service-resolver\"\nName = \"a\"\nLoadBalancer { RingHashConfig { MinimumRingSize = \(value) } }"
    )
    .result.diagnostics
  }

  @Test func hostileNumbersNeverTrap() {
    for text in [
      "1e300", "-1e300", "-1.5e19", "1.8e19", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
      "\"-1\"", "\"+1\"", "\"0x\"", "\"0b102\"", "\"1_000\"", "\"_1\"", "\"99999999999999999999999\"", "\"NaN\"",
    ] {
      _ = uint(text)
      _ = modelDecode("Kind = \"service-defaults\"\nName = \"a\"\nMaxInboundConnections = \(text)")
      _ = modelDecode("Kind = \"service-splitter\"\nName = \"a\"\nSplits = [{ Weight = \(text) }]")
      _ = modelDecode("Kind = \"service-resolver\"\nName = \"a\"\nConnectTimeout = \(text)")
    }
  }

  @Test func signedLimitsAreExact() {
    let max = modelDecode("Kind = \"service-defaults\"\nName = \"a\"\nMaxInboundConnections = \"9223372036854775807\"")
    #expect(max.result.diagnostics.isEmpty)
    #expect(max.result.entries.first?.serviceDefaults?.maxInboundConnections?.value == Int.max)
    let min = modelDecode("Kind = \"service-defaults\"\nName = \"a\"\nMaxInboundConnections = \"-9223372036854775808\"")
    #expect(min.result.entries.first?.serviceDefaults?.maxInboundConnections?.value == Int.min)
    let over = modelDecode("Kind = \"service-defaults\"\nName = \"a\"\nMaxInboundConnections = \"9223372036854775808\"")
    #expect(over.result.diagnostics.map(\.rule) == [.typeMismatch])
  }

  @Test func unsignedStringsTakeNoSign() {
    #expect(uint("\"-1\"").map(\.rule) == [.typeMismatch])
    #expect(uint("\"+1\"").map(\.rule) == [.typeMismatch])
    #expect(uint("\"18446744073709551615\"").isEmpty)
  }
}
