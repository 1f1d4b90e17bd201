import CentryCore
import Testing

@testable import CentryEmit

@Suite struct UnifiedDiffTests {
  @Test func equalTextsGiveNothing() {
    #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y") == "")
  }

  @Test func changedLineWithContext() {
    let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    #expect(
      UnifiedDiff.render(old: old, new: new, oldName: "a", newName: "b") == """
        --- a
        +++ b
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test func separateHunksAndPureAdditions() {
    let old = (1...20).map(String.init).joined(separator: "\n")
    var lines = (1...20).map(String.init)
    lines[1] = "two"
    lines.insert("new", at: 15)
    let text = UnifiedDiff.render(old: old, new: lines.joined(separator: "\n"), oldName: "a", newName: "b")
    #expect(text.contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n"))
    #expect(text.contains("@@ -13,6 +13,7 @@\n 13\n 14\n 15\n+new\n 16\n"))
  }

  @Test func fromNothing() {
    #expect(
      UnifiedDiff.render(old: "", new: "a\n", oldName: "/dev/null", newName: "b")
        == "--- /dev/null\n+++ b\n@@ -0,0 +1 @@\n+a\n")
  }

  @Test func editScriptIsMinimal() {
    let script = UnifiedDiff.lines(["a", "b", "c", "a", "b", "b", "a"], ["c", "b", "a", "b", "a", "c"])
    let edits = script.filter { if case .same = $0 { return false } else { return true } }
    #expect(edits.count == 5)
  }
}

@Suite struct BodyDiffTests {
  @Test func ignoresServerFieldsZeroValuesDurationsAndMapOrder() {
    let live: JSONValue = .object([
      ("Kind", .string("service-resolver")), ("Name", .string("db")), ("ConnectTimeout", .string("180s")),
      ("Subsets", .object([("b", .object([])), ("a", .object([("Filter", .string("x"))]))])),
      ("TransparentProxy", .object([])), ("Config", .null), ("Hash", .int(99)), ("CreateIndex", .int(3)),
      ("ModifyIndex", .int(7)),
    ])
    let input: JSONValue = .object([
      ("Kind", .string("service-resolver")), ("Name", .string("db")), ("ConnectTimeout", .string("3m0s")),
      ("Subsets", .object([("a", .object([("Filter", .string("x"))])), ("b", .object([]))])),
      ("CreateIndex", .int(0)), ("ModifyIndex", .int(0)),
    ])
    #expect(!BodyDiff.differs(live: live, input: input))
    #expect(BodyDiff.unified(live: live, input: input, liveName: "a", inputName: "b") == "")
  }

  @Test func realChangeShowsOnlyThatField() {
    let live: JSONValue = .object([
      ("Kind", .string("service-defaults")), ("Protocol", .string("http")), ("ModifyIndex", .int(5)),
    ])
    let input: JSONValue = .object([("Kind", .string("service-defaults")), ("Protocol", .string("grpc"))])
    #expect(BodyDiff.differs(live: live, input: input))
    let text = BodyDiff.unified(live: live, input: input, liveName: "consul", inputName: "file")
    #expect(text.contains("-  \"Protocol\": \"http\"\n+  \"Protocol\": \"grpc\"\n"))
    #expect(!text.contains("ModifyIndex"))
  }

  @Test func metaKeepsEmptyValues() {
    let live: JSONValue = .object([("Meta", .object([("a", .string(""))]))])
    let input: JSONValue = .object([("Meta", .object([]))])
    #expect(BodyDiff.differs(live: live, input: input))
  }
}

@Suite struct ServerNormalizationTests {
  private func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(members.map { (key: $0.0, value: $0.1) })
  }

  @Test func serviceDefaultsProtocolsAndUpstreamTimeouts() {
    let upstream = object([("Name", .string("db")), ("Protocol", .string("GRPC")), ("ConnectTimeoutMs", .int(-5))])
    let body = object([
      ("Kind", .string("service-defaults")), ("Name", .string("Web")), ("Protocol", .string("HTTP")),
      (
        "UpstreamConfig",
        object([("Overrides", .array([upstream])), ("Defaults", object([("Protocol", .string("TCP"))]))])
      ),
    ])
    #expect(
      ServerNormalization.apply(body).serialized()
        == #"{"Kind":"service-defaults","Name":"Web","Protocol":"http","UpstreamConfig":{"Overrides":[{"Name":"db","Protocol":"grpc","ConnectTimeoutMs":0}],"Defaults":{"Protocol":"tcp"}}}"#
    )
  }

  @Test func routerMethodsSplitterWeightsProxyDefaultsName() {
    let router = object([
      ("Kind", .string("service-router")), ("Name", .string("web")),
      ("Routes", .array([object([("Match", object([("HTTP", object([("Methods", .array([.string("get")]))]))]))])])),
    ])
    #expect(ServerNormalization.apply(router).serialized().contains(#""Methods":["GET"]"#))
    let splitter = object([
      ("Kind", .string("service-splitter")), ("Name", .string("web")),
      ("Splits", .array([object([("Weight", .number("33.333"))]), object([("Weight", .int(50))])])),
    ])
    #expect(ServerNormalization.apply(splitter).serialized().contains(#"[{"Weight":33.33},{"Weight":50}]"#))
    let proxy = object([("Kind", .string("proxy-defaults")), ("Mode", .string("direct"))])
    #expect(
      ServerNormalization.apply(proxy).serialized() == #"{"Kind":"proxy-defaults","Name":"global","Mode":"direct"}"#)
    let resolver = object([("Kind", .string("service-resolver")), ("Name", .string("DB"))])
    #expect(ServerNormalization.apply(resolver) == resolver)
  }

  @Test func aBodyAsWrittenEqualsTheStoredOne() {
    let written = object([
      ("Kind", .string("service-defaults")), ("Name", .string("web")), ("Protocol", .string("HTTP")),
    ])
    let stored = object([
      ("Kind", .string("service-defaults")), ("Name", .string("web")), ("Protocol", .string("http")),
      ("ModifyIndex", .int(12)),
    ])
    #expect(!BodyDiff.differs(live: stored, input: written))
    #expect(BodyDiff.unified(live: stored, input: written, liveName: "a", inputName: "b") == "")
  }
}
