import CentryCore
import CentryEngine
import CentryRender
import Testing

@testable import centry_bench

/// The benchmark's corpus generator: what `make bench` measures must stay a valid mesh as rules
/// are added, so a small corpus is checked here (in-process, untimed; timings are `make bench`'s).
@Suite struct CorpusTests {
  static let clean = GeneratedCorpus(entries: 240, variant: .clean)

  static func sources(_ corpus: GeneratedCorpus) -> [SourceFile] {
    corpus.files.map { SourceFile(name: $0.name, text: $0.text) }
  }

  @Test func cleanCorpusLintsClean() {
    let report = Linter.lint(Self.sources(Self.clean))
    #expect(report.entryCount == 240)
    #expect(report.diagnostics.isEmpty, "\(OutputFormat.text.render(report))")
  }

  @Test func cleanBootstrapFileLintsClean() {
    let report = Linter.lint([SourceFile(name: "bootstrap.hcl", text: Self.clean.bootstrap)])
    #expect(report.entryCount == 240)
    #expect(report.diagnostics.isEmpty, "\(OutputFormat.text.render(report))")
  }

  @Test func sampleEntryLintsCleanOnItsOwn() {
    let report = Linter.lint([SourceFile(name: "<stdin>", text: Self.clean.sample)])
    #expect(report.entryCount == 1)
    #expect(report.diagnostics.isEmpty, "\(OutputFormat.text.render(report))")
  }

  @Test func generationIsDeterministic() {
    let again = GeneratedCorpus(entries: 240, variant: .clean)
    #expect(again.files.map(\.name) == Self.clean.files.map(\.name))
    #expect(again.files.map(\.text) == Self.clean.files.map(\.text))
    #expect(again.bootstrap == Self.clean.bootstrap)
  }

  /// Every way of writing an entry that the corpus promises appears in it.
  @Test func corpusMixesStylesAndSyntax() {
    let texts = Self.clean.files.map(\.text)
    #expect(Self.clean.files.contains { $0.name.hasSuffix(".json") })
    #expect(Self.clean.files.contains { $0.name.hasSuffix(".hcl") })
    for marker in ["service_subset", "ServiceSubset", "<<-EOT", "<<EOT", "# ", "// ", "/* ", "Routes = [", "Match {"] {
      #expect(texts.contains { $0.contains(marker) }, "no file contains \(marker)")
    }
  }

  @Test func mistakesAreFewAndReported() {
    let broken = GeneratedCorpus(entries: 1200, variant: .mistakes)
    let count = broken.mistakes.values.reduce(0, +)
    #expect(count > 12 && count < 72, "\(count) of 1200 entries broken")
    let report = Linter.lint(Self.sources(broken))
    #expect(report.errorCount >= count / 2)
    // Entries without a mistake are the clean corpus's, byte for byte.
    let clean = GeneratedCorpus(entries: 1200, variant: .clean)
    let same = zip(clean.files, broken.files).filter { $0.0.text == $0.1.text }.count
    #expect(same == 1200 - count)
  }

  @Test func splitWeightsAreWrittenWithTwoDecimalsAtMost() {
    #expect(MeshEntries.hundredths(3333) == "33.33")
    #expect(MeshEntries.hundredths(5000) == "50")
    #expect(MeshEntries.hundredths(1250) == "12.5")
    #expect(MeshEntries.hundredths(105) == "1.05")
  }
}
