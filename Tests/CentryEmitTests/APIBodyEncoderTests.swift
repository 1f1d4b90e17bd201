import CentryTestSupport
import Foundation
import Testing

@testable import CentryCore
@testable import CentryEmit
@testable import CentryEngine
@testable import CentryModel

@Suite struct APIBodyEncoderTests {
  private func body(_ hcl: String) throws -> String {
    let report = Linter.lint([SourceFile(name: "e.hcl", text: hcl)])
    let entry = try #require(report.entries.all.first)
    return try #require(APIBodyEncoder.body(for: entry.entry)).serialized()
  }

  /// spec decoding-and-api §4.1's example, byte for byte.
  @Test func serviceDefaultsExampleFromSpec() throws {
    #expect(
      try body("Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"http\"\n")
        == #"{"Kind":"service-defaults","Name":"web","Protocol":"http","MeshGateway":{},"Expose":{},"CreateIndex":0,"ModifyIndex":0}"#
    )
  }

  @Test func resolverDurationsAreStringsAndComeFirst() throws {
    let text = try body(
      """
      Kind = "service-resolver"
      Name = "db"
      RequestTimeout = "90s"
      ConnectTimeout = "1500ms"
      """)
    #expect(
      text
        == #"{"ConnectTimeout":"1.5s","RequestTimeout":"1m30s","Kind":"service-resolver","Name":"db","CreateIndex":0,"ModifyIndex":0}"#
    )
  }

  @Test func nestedDurationsAreNanoseconds() throws {
    let text = try body(
      """
      Kind = "service-defaults"
      Name = "web"
      UpstreamConfig { Defaults { PassiveHealthCheck { Interval = "2s", BaseEjectionTime = "0s" } } }
      """)
    #expect(text.contains(#""PassiveHealthCheck":{"Interval":2000000000,"MaxFailures":0,"BaseEjectionTime":0}"#))
    #expect(text.contains(#""MeshGateway":{}}"#), "every upstream config carries MeshGateway")
  }

  @Test func routeTimeoutsAreStringsBeforeTheOtherDestinationFields() throws {
    let text = try body(
      """
      Kind = "service-router"
      Name = "web"
      Routes = [{ Destination { Service = "api", IdleTimeout = "-1s", RequestTimeout = "0s", RetryOn = ["5xx"], RetryOnStatusCodes = [503] } }]
      """)
    #expect(
      text.contains(
        #""Destination":{"IdleTimeout":"-1s","Service":"api","RetryOnStatusCodes":[503],"RetryOn":["5xx"]}"#))
  }

  @Test func weightsPrintAsFloat32AndMapsSortByteWise() throws {
    let text = try body(
      """
      Kind = "service-splitter"
      Name = "web"
      Splits = [
        { Weight = 33.33, RequestHeaders { Set { "b" = "1", "B" = "2", "a" = "3" } } },
        { Weight = 66.67 },
        { Weight = 0.0000001 },
      ]
      Meta { z = "1", a = "<&>" }
      """)
    #expect(text.contains(#""Weight":33.33,"RequestHeaders":{"Set":{"B":"2","a":"3","b":"1"}}"#))
    #expect(text.contains(#""Weight":66.67}"#))
    #expect(text.contains(#""Weight":1e-7}"#))
    #expect(text.contains(#""Meta":{"a":"<&>","z":"1"}"#))
    let goBytes = try #require(
      APIBodyEncoder.body(
        for: Linter.lint([
          SourceFile(name: "m.hcl", text: "Kind = \"service-splitter\"\nName = \"w\"\nMeta { a = \"<&>\" }\n")
        ]).entries.all[0].entry)
    ).serialized(.goIndented)
    #expect(goBytes.contains(#""a": "\u003c\u0026\u003e""#), "Go's encoder escapes HTML characters")
  }

  @Test func opaqueConfigKeepsIntegersAndFloats() throws {
    let text = try body(
      """
      Kind = "proxy-defaults"
      Name = "global"
      Config { protocol = "http", local_connect_timeout_ms = 19, ratio = 0.5, list = [1, "a"] }
      """)
    #expect(text.contains(#""Config":{"list":[1,"a"],"local_connect_timeout_ms":19,"protocol":"http","ratio":0.5}"#))
  }

  @Test func emptyPointerBlocksAreKeptAndZeroScalarsDropped() throws {
    let text = try body(
      """
      Kind = "service-defaults"
      Name = "web"
      Protocol = ""
      TransparentProxy {}
      MaxInboundConnections = 0
      MaxRequestHeadersKB = 0
      UpstreamConfig { Overrides = [{ Name = "db", Limits { MaxConnections = 5 } }] }
      """)
    #expect(
      text
        == #"{"Kind":"service-defaults","Name":"web","TransparentProxy":{},"MeshGateway":{},"Expose":{},"UpstreamConfig":{"Overrides":[{"Name":"db","Limits":{"MaxConnections":5,"MaxPendingRequests":null,"MaxConcurrentRequests":null},"MeshGateway":{}}]},"CreateIndex":0,"ModifyIndex":0,"MaxRequestHeadersKB":0}"#
    )
  }

  @Test func severalEntriesMakeAnArrayInInputOrder() throws {
    let report = Linter.lint([
      SourceFile(name: "b.hcl", text: "Kind = \"service-defaults\"\nName = \"b\"\n"),
      SourceFile(name: "a.hcl", text: "Kind = \"service-defaults\"\nName = \"a\"\n"),
    ])
    let text = try #require(APIBodyEncoder.document(for: report.entries.all.map(\.entry)))
    #expect(text.hasPrefix("[\n  {\n    \"Kind\": \"service-defaults\",\n    \"Name\": \"b\","))
    #expect(text.hasSuffix("}\n]\n"))
  }

  /// The document is written entry by entry on every core; joined, it must be exactly the array
  /// written in one piece, for every modelled entry of the fixtures (enough entries to be cut into
  /// chunks) and for zero, one and two entries.
  @Test func documentWrittenInPartsEqualsTheArrayWrittenWhole() throws {
    let entries = APIBodyRoundTripTests.files.flatMap { path -> [ConfigEntry] in
      guard let data = try? Data(contentsOf: repositoryRoot.appendingPathComponent(path)) else { return [] }
      return Linter.lint([SourceFile(name: path, bytes: Array(data))]).entries.all.map(\.entry)
        .filter { APIBodyEncoder.body(for: $0) != nil }
    }
    #expect(entries.count >= 100, "\(entries.count) entries")
    for count in [0, 1, 2, entries.count] {
      let some = Array(entries.prefix(count))
      let bodies = some.compactMap { APIBodyEncoder.body(for: $0) }
      let whole: JSONValue = bodies.count == 1 ? bodies[0] : .array(bodies)
      #expect(APIBodyEncoder.document(for: some) == whole.serialized(.goIndented) + "\n", "\(count) entries")
    }
  }

  /// The kind fixtures (every field set): one golden per kind, and the three spellings encode to
  /// the same bytes.
  @Test(arguments: ["service-defaults", "service-router", "service-splitter", "service-resolver", "proxy-defaults"])
  func kindFixturesEncodeIdenticallyFromEverySpelling(_ kind: String) throws {
    var outputs: [String] = []
    for file in ["full.hcl", "full.json", "snake.hcl"] {
      let url = fixturesRoot.appendingPathComponent("kinds/\(kind)/\(file)")
      let report = Linter.lint([SourceFile(name: file, bytes: Array(try Data(contentsOf: url)))])
      outputs.append(try #require(APIBodyEncoder.document(for: report.entries.all.map(\.entry))))
    }
    assertGolden(outputs[0], matches: fixturesRoot.appendingPathComponent("compile/kinds/\(kind).json"))
    #expect(outputs[1] == outputs[0], "full.json")
    #expect(outputs[2] == outputs[0], "snake.hcl")
  }
}

@Suite struct GoNumberFormatTests {
  @Test(arguments: [
    (Float(33.33), "33.33"), (50, "50"), (0.01, "0.01"), (1e-7, "1e-7"), (0.000001, "0.000001"), (100, "100"),
    (-10, "-10"), (12.345, "12.345"), (1e21, "1e+21"), (123_456_792, "123456790"),
  ])
  func float32LikeGo(_ value: Float, _ expected: String) {
    #expect(GoNumberFormat.float32(value) == expected)
  }

  @Test func float64LikeGo() {
    #expect(GoNumberFormat.float64(0.1) == "0.1")
    #expect(GoNumberFormat.float64(19) == "19")
    #expect(GoNumberFormat.float64(1e-7) == "1e-7")
    #expect(GoNumberFormat.float64(1.5e300) == "1.5e+300")
  }
}
