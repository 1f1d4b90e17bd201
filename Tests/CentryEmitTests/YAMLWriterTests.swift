import Foundation
import Testing

@testable import CentryEmit
@testable import CentryModel
@testable import CentrySyntax

@Suite struct YAMLWriterTests {
  @Test func blockLayoutKeepsKeyOrderAndWritesEmptyMappingsInline() throws {
    let node = YAMLNode.mapping([
      ("resources", .sequence([.mapping([("b", .int(1)), ("a", .mapping([])), ("list", .sequence([.bool(true)]))])]))
    ])
    #expect(YAMLWriter.write(node) == "resources:\n- b: 1\n  a: {}\n  list:\n  - true\n")
  }

  @Test(arguments: [
    "1", "0", "-1", "+1", "1.5", ".5", "1e3", "0x1F", "0o17", "1_000", "12:30", "2001-12-14", ".inf", "-.Inf", ".NaN",
    "true", "False", "yes", "No", "on", "OFF", "y", "n", "null", "~", "", "*", ":method", "@type", "<LEAF_CERT_PEM>",
    "- a", "? a", "# a", "&a", "!a", "|", ">", "%a", "`a", "'a", "\"a", "a ", " a", "[a]", "{a}", "<<", "=",
  ])
  func ambiguousStringsAreDoubleQuoted(_ text: String) throws {
    let yaml = try #require(YAMLWriter.write(.mapping([("k", .string(text))])))
    #expect(yaml.hasPrefix("k: \""), "\(yaml)")
  }

  @Test(arguments: [
    "5s", "1.500s", "v1.whoami.default.dc1.internal.11111111-2222-3333-4444-555555555555.consul", "/", "/v2",
    "GET|HEAD", "/users/[0-9]+", "x-version", "reset,connect-failure", "spiffe://td/ns/default/dc/dc1/svc/web",
    "failover-target~0~db", "/\\2", "^/a\\.b(/?)(.*)", "(?i)^/api(/?)(.*)", "EDS", "V3", "über",
  ])
  func ordinaryStringsStayPlain(_ text: String) throws {
    let yaml = try #require(YAMLWriter.write(.mapping([("k", .string(text))])))
    #expect(yaml == "k: \(text)\n")
  }

  @Test func quotedStringsEscapeWhatYAMLNeeds() throws {
    let yaml = try #require(YAMLWriter.write(.mapping([("k", .string("\"quoted\" \\ and\nnewline"))])))
    #expect(yaml.hasPrefix("k: "))
    #expect(!yaml.dropFirst(3).dropLast().contains("\n") || yaml.contains("\\n"), "\(yaml)")
  }

  @Test func longStringsAreNotFolded() throws {
    let long = String(repeating: "abcdefghij", count: 30)
    #expect(YAMLWriter.write(.mapping([("k", .string(long))])) == "k: \(long)\n")
  }

  @Test func numbersAndBooleansArePlain() {
    #expect(YAMLWriter.write(.sequence([.int(-3), .bool(false)])) == "- -3\n- false\n")
  }
}

@Suite struct EnvoyHelperTests {
  @Test(arguments: [
    (Int64(5_000_000_000), "5s"), (1_500_000_000, "1.500s"), (250_000, "0.000250s"), (1, "0.000000001s"), (0, "0s"),
    (90_000_000_000, "90s"), (-2_000_000_000, "-2s"),
  ])
  func protobufDurations(_ nanoseconds: Int64, _ expected: String) {
    #expect(ProtoJSON.duration(nanoseconds: nanoseconds) == expected)
  }

  /// spec envoy §3.5: float32 multiply, truncated.
  @Test(arguments: [
    (Float(90), 9000), (10, 1000), (33.33, 3333), (33.34, 3334), (95.5, 9550), (0.5, 50), (0.53, 52), (2.1, 209),
    (4.2, 419), (100, 10000), (0, 0),
  ])
  func weightedClusterWeights(_ weight: Float, _ expected: Int) {
    #expect(SplitWeight.envoy(SplitWeight.normalize(weight)) == expected)
  }

  @Test func quoteMetaLikeGo() {
    #expect(GoRegexp.quoteMeta("/a.b+c*(d)|[e]{f}^$?\\") == "/a\\.b\\+c\\*\\(d\\)\\|\\[e\\]\\{f\\}\\^\\$\\?\\\\")
    #expect(GoRegexp.quoteMeta("/api-v2/") == "/api-v2/")
  }
}
