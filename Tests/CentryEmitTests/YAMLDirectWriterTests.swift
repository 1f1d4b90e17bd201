import CLibYAML
import CentryAnalysis
import CentryCore
import CentryEngine
import CentryTestSupport
import Foundation
import Testing

@testable import CentryEmit

/// ``YAMLDirectWriter`` (behind ``YAMLWriter/write(_:)`` and ``YAMLWriter/list(_:under:)``)
/// against libyaml's emitter (``YAMLWriter/libyaml(_:)``), byte for byte: over the Envoy resources
/// of every compile fixture, over every Envoy YAML file in `Fixtures/` read back into a tree, and
/// over seeded random trees of hostile strings.
@Suite struct YAMLDirectWriterTests {
  /// Every `Fixtures/compile/` case's Envoy resources, as one document and joined from the
  /// items' texts as the Envoy document is.
  @Test(arguments: CompileCase.all)
  func compileFixturesMatchLibyaml(_ testCase: CompileCase) throws {
    let options = try testCase.options(.envoy)
    var lint = LintOptions()
    lint.chains = options.envoy.chainOptions
    let report = Linter.lint(try testCase.inputs(), options: lint)
    guard report.errorCount == 0 else { return }
    let entries = report.entries
    let services = options.service.map { [$0] } ?? ChainCompiler.services(in: entries)
    let rendered = EnvoyEmitter.render(services: services, entries: entries, options: options.envoy) {
      service, overrides in
      guard !overrides.isEmpty else { return report.chain(for: service) }
      var chainOptions = report.chainOptions
      chainOptions.overrides = overrides
      return ChainCompiler.compile(service: service, entries: entries, options: chainOptions)
    }
    guard case .success(let output) = rendered else { return }
    let document = YAMLNode.mapping([("resources", .sequence(output.resources))])
    let expected = try #require(YAMLWriter.libyaml(document))
    #expect(YAMLWriter.write(document) == expected)
    #expect(YAMLWriter.list(output.resources.map(YAMLWriter.listItem), under: "resources") == expected)
  }

  /// Every `*.yaml` under `Fixtures/` (Envoy goldens, Consul's and the spec's resources), parsed
  /// into a tree of strings and written again by both.
  @Test func fixtureYAMLFilesMatchLibyaml() throws {
    let files = try yamlFiles(under: fixturesRoot)
    #expect(files.count >= 40)
    for file in files {
      let tree = try #require(YAMLTreeReader.read(try Data(contentsOf: file)), "\(file.path)")
      #expect(YAMLWriter.write(tree) == YAMLWriter.libyaml(tree), "\(file.path)")
    }
  }

  /// Each hostile string as a value, a key, a sequence item and a root, at several depths.
  @Test func everyHostileScalarMatchesLibyaml() {
    var mismatches: [String] = []
    for text in HostileScalars.all {
      let trees: [YAMLNode] = [
        .mapping([("k", .string(text))]),
        .mapping([(text, .string("v"))]),
        .mapping([(text, .sequence([.string(text)]))]),
        .mapping([(text, .mapping([(text, .string(text))]))]),
        .sequence([.string(text), .sequence([.string(text)]), .mapping([(text, .mapping([]))])]),
        .mapping([("a", .mapping([("b", .sequence([.mapping([(text, .string(text)), ("c", .sequence([]))])]))]))]),
        .string(text),
      ]
      for tree in trees where YAMLWriter.write(tree) != YAMLWriter.libyaml(tree) {
        mismatches.append("\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }

  /// 20,000 random trees (seeded, so every run tests the same ones).
  @Test func randomTreesMatchLibyaml() {
    var generator = TreeGenerator(seed: 0x5EED_CE47)
    var failures: [String] = []
    // The branches of libyaml's output the trees reached (a check that the generator still
    // reaches them, not of the writer).
    var seen: Set<String> = []
    let marks = [
      "? ", "\n  : ", "\\U", "\\u", "\\x", "\\L", "\\P", "\\N", "\\t", "\\0", "\\e", "''", "': ", "\": ",
      "'\n\n", "\u{2028}", "{}", "[]", "- - ", "- ? ",
    ]
    for _ in 0..<20_000 {
      let tree = generator.tree(depth: 0)
      let direct = YAMLWriter.write(tree)
      let reference = YAMLWriter.libyaml(tree)
      if let reference { seen.formUnion(marks.filter { reference.contains($0) }) }
      if direct != reference {
        failures.append("direct:\n\(direct ?? "nil")\nlibyaml:\n\(reference ?? "nil")")
        if failures.count >= 5 { break }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n---\n"))")
    #expect(Set(marks).subtracting(seen).isEmpty, "never produced: \(Set(marks).subtracting(seen))")
  }

  /// The list joined from item texts over random lists, and the keys it refuses.
  @Test func listMatchesOneDocument() {
    var generator = TreeGenerator(seed: 7)
    for count in [1, 2, 31, 32, 33, 64, 65, 100, 257] {
      let items = (0..<count).map { _ in generator.tree(depth: 1) }
      let whole = YAMLNode.mapping([("resources", .sequence(items))])
      #expect(YAMLWriter.list(items.map(YAMLWriter.listItem), under: "resources") == YAMLWriter.libyaml(whole))
    }
    #expect(YAMLWriter.list([], under: "resources") == "resources: []\n")
    #expect(YAMLWriter.list([], under: "- a") == nil)
    for key in ["", "1", "- a", "a\nb", String(repeating: "k", count: 200)] {
      #expect(YAMLWriter.list([YAMLWriter.listItem(.string("x"))], under: key) == nil)
    }
  }

  /// The byte-level answer for ASCII strings is the `Character`-level one, over the hostile
  /// strings and 50,000 random strings of number-like characters.
  @Test func asciiQuotingMatchesTheGeneralRules() {
    var generator = TreeGenerator(seed: 11)
    let alphabet = Array("0123456789+-._:eExXoObB infINFnaNAyYsS~<=#-?@'\"\r\n".utf8)
    var samples = HostileScalars.all
    for _ in 0..<50_000 {
      let bytes = (0..<generator.below(9)).map { _ in alphabet[generator.below(alphabet.count)] }
      samples.append(String(decoding: bytes, as: UTF8.self))
    }
    let wrong = samples.filter { YAMLScalarResolver.needsQuotes($0) != YAMLScalarResolver.generalNeedsQuotes($0) }
    #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    #expect(
      samples.contains { YAMLScalarResolver.needsQuotes($0) }
        && samples.contains { !YAMLScalarResolver.needsQuotes($0) })
  }

  /// The shortcut for strings of visible ASCII gives the general analysis's answer, over every
  /// such hostile string and 50,000 random ones rich in indicators.
  @Test func visibleASCIIAnalysisMatchesTheGeneralOne() {
    var generator = TreeGenerator(seed: 13)
    let alphabet = Array("-.?:#,[]{}&*!|>'\"%@`ab1".utf8)
    var samples = HostileScalars.all.filter { text in
      !text.isEmpty && text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
    for _ in 0..<50_000 {
      samples.append(
        String(
          decoding: (0..<1 + generator.below(6)).map { _ in alphabet[generator.below(alphabet.count)] }, as: UTF8.self))
    }
    var wrong: [String] = []
    for text in samples {
      var utf8 = text
      let same = utf8.withUTF8 { bytes in
        YAMLScalarAnalysis.isVisibleASCII(bytes)
          && YAMLScalarAnalysis(visibleASCII: bytes) == YAMLScalarAnalysis(general: bytes)
      }
      if !same { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(20))")
  }

  private func yamlFiles(under root: URL) throws -> [URL] {
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let next = enumerator?.nextObject() {
      if let url = next as? URL, url.pathExtension == "yaml" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }
}

/// Strings that exercise every branch of libyaml's scalar analysis and writers.
enum HostileScalars {
  /// Pieces that random strings are made of.
  static let atoms: [String] = {
    var atoms = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    atoms += [
      "null", "Null", "~", "yes", "No", "on", "OFF", "y", "true", "False", "1", "-1", "+1", "0", "0x1f", "0o17", "0b1",
      "1e3", "1.5", ".5", ".inf", "-.Inf", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "12:30", "1_000",
      "---", "...", "- ", "? ", ": ", " #", "# ", "-", "?", ":", "#", "&a", "*a", "!a", "!!str", "|", ">", "%", "@",
      "`", "<<", "=", "a", "abc", "über", "日本", "😀", "𝄞", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{A0}",
      "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{E000}", "\u{D7FF}", "\u{7FF}", "\u{80}", "\u{9F}", "\u{10FFFF}",
      "\u{1B}", "\u{7F}", "\r\n", " ", "  ", "\t", "\n", "\n\n", "'", "\"", "\\", "''", "type.googleapis.com/x",
      "@type", ":method", "<LEAF_CERT_PEM>", "[a]", "{a}", ",", "a: b", "a #b", "a#b", "x-version",
    ]
    return atoms
  }()

  /// Each atom alone, in pairs with a letter and a space around it, and some long strings.
  static let all: [String] = {
    var all = [""]
    for atom in atoms {
      all += [atom, "a" + atom, atom + "a", " " + atom, atom + " ", "a" + atom + "b", atom + atom, "\n" + atom]
    }
    all += [
      String(repeating: "abcdefghij", count: 20), String(repeating: "a b ", count: 60),
      String(repeating: "x", count: 128), String(repeating: "x", count: 129), String(repeating: "é", count: 64),
      String(repeating: "é", count: 65), String(repeating: "line\n", count: 5), "a\n b", "a \nb", "a\n\nb\n",
    ]
    return all
  }()
}

/// Random trees of hostile strings from a seeded SplitMix64: deterministic across runs.
struct TreeGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  mutating func string() -> String {
    switch below(10) {
    case 0: return HostileScalars.all[below(HostileScalars.all.count)]
    case 1: return String(repeating: HostileScalars.atoms[below(HostileScalars.atoms.count)], count: 1 + below(150))
    default:
      var text = ""
      for _ in 0..<below(5) { text += HostileScalars.atoms[below(HostileScalars.atoms.count)] }
      return text
    }
  }

  mutating func tree(depth: Int) -> YAMLNode {
    let leaf = depth >= 4 || below(3) == 0
    if leaf {
      switch below(8) {
      case 0: return .int(Int(bitPattern: UInt(next())) >> below(64))
      case 1: return .bool(below(2) == 0)
      default: return .string(string())
      }
    }
    let count = below(4)
    if below(2) == 0 {
      return .sequence((0..<count).map { _ in tree(depth: depth + 1) })
    }
    return .mapping((0..<count).map { _ in (key: string(), value: tree(depth: depth + 1)) })
  }
}

/// Reads a YAML document with libyaml's parser into a tree of strings (anchors, tags and styles
/// dropped): test input for the writers.
enum YAMLTreeReader {
  static func read(_ data: Data) -> YAMLNode? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = [UInt8](data)
    return bytes.withUnsafeBufferPointer { buffer -> YAMLNode? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var stack: [(isMapping: Bool, items: [YAMLNode])] = [(false, [])]
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_SCALAR_EVENT:
          let scalar = event.data.scalar
          let text = String(
            decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
          stack[stack.count - 1].items.append(.string(text))
        case YAML_SEQUENCE_START_EVENT: stack.append((false, []))
        case YAML_MAPPING_START_EVENT: stack.append((true, []))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          guard let done = stack.popLast(), !stack.isEmpty else { return nil }
          stack[stack.count - 1].items.append(done.isMapping ? mapping(done.items) : .sequence(done.items))
        case YAML_STREAM_END_EVENT:
          return stack.first?.items.first
        default: break
        }
      }
    }
  }

  private static func mapping(_ items: [YAMLNode]) -> YAMLNode {
    var members: [(key: String, value: YAMLNode)] = []
    var index = 0
    while index + 1 < items.count {
      let key = if case .string(let text) = items[index] { text } else { "?" }
      members.append((key, items[index + 1]))
      index += 2
    }
    return .mapping(members)
  }
}
