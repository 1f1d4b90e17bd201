import CentryAnalysis
import CentryCore
import CentryEngine
import CentrySyntax
import CentryTestSupport
import Foundation
import Testing

/// Replays every input under `Fixtures/fuzz/<target>/` (a crash, hang or leak `make fuzz` found,
/// kept once fixed) through what the libFuzzer target of that name runs (Fuzz/Fuzz<Target>.swift).
@Suite struct FuzzRegressionTests {
  static let targets = ["hcl", "json", "filter", "regex", "lint", "ast"]

  static var inputs: [(target: String, file: URL)] {
    targets.flatMap { target in
      let folder = fixturesRoot.appendingPathComponent("fuzz/\(target)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map {
        (target, folder.appendingPathComponent($0))
      }
    }
  }

  @Test func everyTargetHasRegressionInputs() {
    for target in Self.targets {
      #expect(Self.inputs.contains { $0.target == target }, "Fixtures/fuzz/\(target)/ is empty")
    }
  }

  @Test(arguments: inputs.map { "\($0.target)/\($0.file.lastPathComponent)" })
  func replays(_ name: String) throws {
    let file = fixturesRoot.appendingPathComponent("fuzz/\(name)")
    let bytes = Array(try Data(contentsOf: file))
    let target = String(name.prefix { $0 != "/" })
    switch target {
    case "hcl":
      var input = bytes
      if input.first == UInt8(ascii: "{") { input.insert(UInt8(ascii: " "), at: 0) }
      parse(input)
    case "json":
      var input = bytes
      if input.first != UInt8(ascii: "{") { input.insert(UInt8(ascii: "{"), at: 0) }
      parse(input)
    case "filter":
      let text = String(decoding: bytes, as: UTF8.self)
      if case .success(let tree) = FilterParser.parse(text) {
        _ = FilterChecker.check(tree)
        _ = FilterEvaluator.evaluate(tree, on: .object([]))
      }
    case "regex":
      let pattern = String(decoding: bytes, as: UTF8.self)
      _ = RegexChecker.checkPathRegex(pattern)
      _ = RegexChecker.check(pattern, dialect: .go)
    case "lint":
      _ = Linter.lint([SourceFile(name: "fuzz.hcl", bytes: bytes)])
    case "ast":
      let files = ASTProgram.files(from: bytes)
      _ = Linter.lint(files.map { SourceFile(name: $0.name, bytes: Array($0.text.utf8)) })
    default:
      Issue.record("no fuzz target \(target)")
    }
  }

  private func parse(_ bytes: [UInt8]) {
    var sources = SourceMap()
    let file = SourceFile(name: "fuzz", bytes: bytes)
    let id = sources.add(file)
    let parsed = Parser.parse(file, id: id)
    #expect(parsed.document.file == id)
  }
}
