import CentryCore
import CentryEngine
import CentryModel
import CentrySyntax
import Testing

@Suite struct EntrySetTests {
  private func set(_ texts: [String]) -> EntrySet {
    var set = EntrySet()
    for (index, text) in texts.enumerated() {
      let source = SourceFile(name: "f\(index).hcl", text: text)
      for entry in EntryDecoder.decode(Parser.parse(source, id: FileID(index)).document).entries { set.append(entry) }
    }
    return set
  }

  @Test func lookupsIgnoreCaseAndTheLastEntryWins() {
    let entries = set([
      "Kind = \"service-defaults\"\nName = \"Web\"\nProtocol = \"http\"",
      "Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"grpc\"",
      "Kind = \"service-router\"\nName = \"web\"",
      "Kind = \"service-splitter\"\nName = \"web\"",
      "Kind = \"service-resolver\"\nName = \"api\"",
      "Kind = \"proxy-defaults\"",
    ])
    #expect(entries.count == 6)
    #expect(entries.serviceDefaults(named: "WEB")?.protocol?.value == "grpc")
    #expect(entries.router(for: "Web") != nil)
    #expect(entries.splitter(for: "web") != nil)
    #expect(entries.resolver(for: "API") != nil)
    #expect(entries.resolver(for: "web") == nil)
    #expect(entries.proxyDefaults != nil)
    #expect(entries.duplicates.count == 1)
    #expect(entries.duplicates.first?.map { $0.file.index } == [0, 1])
    #expect(entries.serviceNames == ["Web", "api"])
    #expect(entries.entries(of: .serviceDefaults).count == 2)
  }

  @Test func linterCountsAndExposesEntries() {
    let report = Linter.lint([
      SourceFile(
        name: "a.hcl",
        text: "Kind = \"service-router\"\nName = \"web\"\nRoutes = [{ Match { HTTP { PathPrefx = \"/v2\" } } }]"),
      SourceFile(name: "b.hcl", text: "Name = \"x\""),
    ])
    #expect(report.entryCount == 2)
    // The chain layer also reports `a.hcl`'s router on a tcp service; only decoding matters here.
    #expect(
      report.diagnostics.map(\.rule).filter { !$0.rawValue.hasPrefix("chain-") } == [.unknownField, .missingKind])
  }
}
