import CentryAnalysis
import CentryCore
import CentryEngine
import CentryTestSupport
import Testing

@testable import CentryEmit

/// ``YAMLSink``: what is described through it gives the same text from ``YAMLDirectWriter`` as the
/// tree gives from `document(_:)` (and so libyaml's), and the same tree from ``YAMLTreeBuilder``.
@Suite struct YAMLSinkTests {
  /// 20,000 random trees (the generator of `YAMLDirectWriterTests`), each described piece by
  /// piece with scalars as strings, constant subtrees every few levels, empty collections, keys
  /// that need the explicit form.
  @Test func streamedTreesMatchTheTreeWriter() {
    var generator = TreeGenerator(seed: 0x51_4E_4B)
    var failures: [String] = []
    for index in 0..<20_000 {
      let tree = generator.tree(depth: 0)
      let expected = YAMLWriter.write(tree)
      let streamed = YAMLWriter.listItem { describe(tree, to: &$0, wholeEvery: index % 3 + 2, depth: 0) }
      let reference = YAMLWriter.listItem(tree)
      if streamed != reference {
        failures.append("streamed:\n\(String(decoding: streamed, as: UTF8.self))\ntree:\n\(expected ?? "nil")")
      }
      let built = YAMLTreeBuilder.build { describe(tree, to: &$0, wholeEvery: index % 3 + 2, depth: 0) }
      if built != tree { failures.append("tree builder differs for \(tree)") }
      if failures.count >= 5 { break }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n---\n"))")
  }

  /// A streamed document ends as `document(_:)` ends one, so a root that is not a list item
  /// matches too.
  @Test func streamedDocumentsMatch() {
    var generator = TreeGenerator(seed: 99)
    for _ in 0..<2_000 {
      let tree = generator.tree(depth: 0)
      var writer = YAMLDirectWriter()
      describe(tree, to: &writer, wholeEvery: 100, depth: 0)
      writer.endDocument()
      describe(tree, to: &writer, wholeEvery: 100, depth: 0)
      writer.endDocument()
      var reference = YAMLDirectWriter()
      reference.document(tree)
      reference.document(tree)
      #expect(writer.bytes == reference.bytes)
    }
  }

  /// Every `Fixtures/compile/` case: the Envoy document (its clusters written without trees) is
  /// libyaml's text of the rendered trees.
  @Test(arguments: CompileCase.all)
  func envoyDocumentMatchesLibyamlOfTheTrees(_ testCase: CompileCase) throws {
    let options = try testCase.options(.envoy)
    var lint = LintOptions()
    lint.chains = options.envoy.chainOptions
    let report = Linter.lint(try testCase.inputs(), options: lint)
    guard report.errorCount == 0 else { return }
    let entries = report.entries
    let services = options.service.map { [$0] } ?? ChainCompiler.services(in: entries)
    let chains: EnvoyEmitter.ChainSource = { service, overrides in
      guard !overrides.isEmpty else { return report.chain(for: service) }
      var chainOptions = report.chainOptions
      chainOptions.overrides = overrides
      return ChainCompiler.compile(service: service, entries: entries, options: chainOptions)
    }
    let trees = EnvoyEmitter.render(services: services, entries: entries, options: options.envoy, chains: chains)
    let document = EnvoyEmitter.renderDocument(
      services: services, entries: entries, options: options.envoy, chains: chains)
    switch (trees, document) {
    case (.success(let trees), .success(let document)):
      let whole = YAMLNode.mapping([("resources", .sequence(trees.resources))])
      #expect(document.text == (try #require(YAMLWriter.libyaml(whole))))
      #expect(document.notes == trees.notes)
    case (.failure(let left), .failure(let right)):
      #expect(left.message == right.message)
    case (.success, .failure), (.failure, .success):
      Issue.record("the trees and the document disagree on success")
    }
  }

  /// Describes `node` through `sink`: scalars one by one, every `wholeEvery`-th level as one
  /// subtree (``YAMLSink/value(_:)``).
  private func describe<Sink: YAMLSink>(_ node: YAMLNode, to sink: inout Sink, wholeEvery: Int, depth: Int) {
    if depth > 0 && depth % wholeEvery == 0 {
      sink.value(node)
      return
    }
    switch node {
    case .string(let text): sink.string(text)
    case .int, .bool: sink.value(node)
    case .mapping(let members):
      sink.mapping { sink in
        for member in members {
          sink.key(member.key)
          describe(member.value, to: &sink, wholeEvery: wholeEvery, depth: depth + 1)
        }
      }
    case .sequence(let elements):
      sink.sequence { sink in
        for element in elements {
          sink.item()
          describe(element, to: &sink, wholeEvery: wholeEvery, depth: depth + 1)
        }
      }
    }
  }
}
