import CentryCore
import CentryEmit
import CentryModel
import CentryTestSupport
import Testing

@testable import CentryEngine

/// Entries from HCL texts, as lint decodes them.
private func entries(_ texts: [String]) -> LintReport {
  Linter.lint(texts.enumerated().map { SourceFile(name: "f\($0.offset).hcl", text: $0.element) })
}

private let webDefaults = WebEntries.defaults
private let webResolver = WebEntries.resolver
private let splitter = WebEntries.splitter

@Suite struct ConsulRejectionTests {
  @Test func stripsTransportPrefixes() {
    #expect(ConsulRejection.bareMessage("rpc error making call: Name is required\n") == "Name is required")
    #expect(ConsulRejection.bareMessage("Bad request: Request decoding failed: x") == "Request decoding failed: x")
  }

  @Test func pointsAtTheNamedValueOrKey() throws {
    let report = entries([webResolver, splitter(90, 10)])
    let splitterEntry = try #require(report.entries.all.first { $0.kind == .serviceSplitter })
    let document = report.document(for: splitterEntry.file)
    let value = ConsulRejection.diagnostic(
      message: "service \"web\" does not have a subset named \"v2\"", status: 500, entry: splitterEntry,
      document: document)
    let start = report.sources.resolve(value.range).start
    #expect((start.line, start.column) == (5, 34))
    #expect(value.rule == .consulRejected)
    let key = ConsulRejection.diagnostic(
      message: "Request decoding failed: 1 error occurred:\n\t* invalid config key \"Splits\"\n\n", status: 400,
      entry: splitterEntry, document: document)
    #expect(report.sources.resolve(key.range).start.line == 3)
    #expect(key.message.hasSuffix("(400): Request decoding failed: 1 error occurred: * invalid config key \"Splits\""))
    let whole = ConsulRejection.diagnostic(
      message: "Name is required", status: 500, entry: splitterEntry, document: document)
    #expect(whole.range == splitterEntry.kindRange.range)
  }
}

@Suite struct WritePlanTests {
  @Test func dependencyOrder() throws {
    let report = entries([
      splitter(90, 10), "Kind = \"service-router\"\nName = \"web\"\n", webResolver, webDefaults,
      "Kind = \"proxy-defaults\"\nConfig { protocol = \"http\" }\n",
    ])
    let plan = try PlannedWrite.plan(report.entries).get()
    #expect(
      plan.map(\.label) == [
        "proxy-defaults/global", "service-defaults/web", "service-resolver/web", "service-splitter/web",
        "service-router/web",
      ])
    #expect(plan[1].requestBody.hasSuffix("}\n"))
  }

  @Test func unmodelledKindsAreRefused() {
    let report = entries(["Kind = \"mesh\"\n"])
    guard case .failure(let failure) = PlannedWrite.plan(report.entries) else {
      Issue.record("mesh cannot be encoded yet")
      return
    }
    #expect(failure == .unsupported([.mesh]))
  }
}

@Suite struct LiveEntryTests {
  @Test func decodesTheServersEncodingLeniently() throws {
    let body =
      #"{"Kind":"service-defaults","Name":"web","Protocol":"http","TransparentProxy":{},"MeshGateway":{},"Expose":{},"Hash":123,"Partition":"default","Namespace":"default","CreateIndex":10,"ModifyIndex":12}"#
    let entry = try LiveEntry.decode(Array(body.utf8)).get()
    #expect(entry.kind == .serviceDefaults && entry.name == "web")
    #expect(entry.createIndex == 10 && entry.modifyIndex == 12)
    #expect(
      entry.readOutput.hasPrefix(
        "{\n    \"Kind\": \"service-defaults\",\n    \"Name\": \"web\",\n    \"Protocol\": \"http\",\n"))
    #expect(entry.readOutput.contains("\"ModifyIndex\": 12\n}"))
    #expect(!entry.readOutput.contains("Hash"))
  }

  @Test func listsAndFailures() {
    #expect((try? LiveEntry.decodeList(Array("[]".utf8)).get())?.isEmpty == true)
    #expect((try? LiveEntry.decodeList(Array("null".utf8)).get())?.isEmpty == true)
    guard case .failure(let error) = LiveEntry.decode(Array("{\"Kind\": \"x".utf8)) else {
      Issue.record("truncated JSON must fail")
      return
    }
    #expect(error.message.hasPrefix("invalid JSON at byte"))
    guard case .failure(let kind) = LiveEntry.decode(Array("{\"Name\":\"a\"}".utf8)) else {
      Issue.record("a body without Kind must fail")
      return
    }
    #expect(kind.message == "the entry has no `Kind`")
  }

  @Test func overlayReplacesLiveVersions() throws {
    let live = try [webDefaults, webResolver, splitter(90, 10)].map { text -> LiveEntry in
      let entry = try #require(entries([text]).entries.all.first?.entry)
      let body = try #require(APIBodyEncoder.body(for: entry))
      return try LiveEntry.decode(Array(body.serialized().utf8)).get()
    }
    let broken =
      "Kind = \"service-resolver\"\nName = \"web\"\nSubsets = { v1 = { Filter = \"Service.Meta.version == v1\" } }\n"
    let report = Linter.lint([SourceFile(name: "in.hcl", text: broken)], over: live)
    #expect(report.summary.files == 1 && report.summary.entries == 1)
    #expect(report.liveFileCount == 2)
    #expect(report.diagnostics.map(\.rule) == [.chainSubsetUndefined])
    #expect(report.sources[report.diagnostics[0].range.file].name == "consul:service-splitter/web")
    let clean = Linter.lint([SourceFile(name: "in.hcl", text: splitter(50, 50))], over: live)
    #expect(clean.diagnostics.isEmpty)
  }
}

@Suite struct WriteWarningTests {
  /// consul's `KindSpecificWriteWarning`: a permissive MutualTLSMode, nothing for other values.
  @Test func permissiveMutualTLSWarnsPerKind() throws {
    let report = entries([
      "Kind = \"service-defaults\"\nName = \"a\"\nMutualTLSMode = \"permissive\"\n",
      "Kind = \"service-defaults\"\nName = \"b\"\nMutualTLSMode = \"strict\"\n",
      "Kind = \"service-defaults\"\nName = \"c\"\n",
      "Kind = \"proxy-defaults\"\nName = \"global\"\nMutualTLSMode = \"permissive\"\n",
    ])
    let plan = try PlannedWrite.plan(report.entries).get()
    let warnings = Dictionary(uniqueKeysWithValues: plan.map { ($0.label, $0.warning) })
    #expect(warnings["proxy-defaults/global"]??.hasPrefix("MutualTLSMode=permissive is insecure. To keep") == true)
    #expect(warnings["service-defaults/a"]??.hasPrefix("MutualTLSMode=permissive is insecure. Set to `strict`") == true)
    #expect(warnings["service-defaults/b"] == .some(nil))
    #expect(warnings["service-defaults/c"] == .some(nil))
  }
}
