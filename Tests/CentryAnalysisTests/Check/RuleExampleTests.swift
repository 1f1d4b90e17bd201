import CentryAnalysis
import CentryCore
import CentryEngine
import CentrySyntax
import CentryTestSupport
import Testing

/// A registered rule as a test argument (named by its ID in test output).
struct RegisteredRule: Sendable, CustomTestStringConvertible {
  var description: RuleDescription
  var testDescription: String { description.id.rawValue }
}

/// Every rule's examples, run as tests: SwiftLint's `verifyRule`, parameterised over the registry.
///
/// For each example the harness also checks generated variants: the same text with CRLF line
/// endings (same lines and columns), and the text after a leading comment line with multi-byte
/// characters (every diagnostic one line down, same columns; skipped for JSON files, which have
/// no comments).
@Suite struct RuleExampleTests {
  static let rules = RuleRegistry.descriptions.map(RegisteredRule.init)

  // MARK: - Examples

  @Test(arguments: rules) func passingExamplesAreQuiet(_ rule: RegisteredRule) {
    for example in rule.description.passing {
      for variant in Variant.allCases {
        guard let files = variant.apply(to: example) else { continue }
        let report = Linter.lint(
          files.map { SourceFile(name: $0.name, text: MarkedSource($0.text).text) }, options: example.lintOptions)
        let found = report.diagnostics.filter { $0.rule == rule.description.id }
        #expect(
          found.isEmpty,
          "\(variant) variant: passing example reports \(describe(found, in: report.sources))",
          sourceLocation: example.location)
      }
    }
  }

  @Test(arguments: rules) func failingExamplesFireExactlyAtMarkers(_ rule: RegisteredRule) {
    for example in rule.description.failing {
      // Expected positions come from the plain (LF) text; variants must reproduce them.
      let plain = example.files.map { MarkedSource($0.text) }
      var plainSources = SourceMap()
      for (file, marked) in zip(example.files, plain) {
        plainSources.add(SourceFile(name: file.name, text: marked.text))
      }
      let expected = plain.enumerated().flatMap { index, marked in
        marked.ranges.map { range in
          Spot(plainSources.resolve(SourceRange(file: FileID(index), start: range.start, end: range.end)), file: index)
        }
      }
      for variant in Variant.allCases {
        guard let files = variant.apply(to: example) else { continue }
        let marked = files.map { MarkedSource($0.text) }
        let report = Linter.lint(
          zip(files, marked).map { SourceFile(name: $0.0.name, text: $0.1.text) }, options: example.lintOptions)
        let found = report.diagnostics.filter { $0.rule == rule.description.id }
        let actual = found.map { Spot(report.sources.resolve($0.range), file: $0.range.file.index) }.sorted()
        let wanted = expected.map { variant.shift($0, fileName: files[$0.file].name) }.sorted()
        #expect(
          actual == wanted,
          """
          \(variant) variant: expected `\(rule.description.id)` at \(wanted), found \(actual) \
          (all diagnostics: \(describe(report.diagnostics, in: report.sources)))
          """,
          sourceLocation: example.location)
        // Byte ranges too (not only line and column).
        let byteRanges = found.map { [$0.range.file.index, $0.range.start, $0.range.end] }.sorted {
          $0.lexicographicallyPrecedes($1)
        }
        let markedRanges = marked.enumerated().flatMap { index, source in
          source.ranges.map { [index, $0.start, $0.end] }
        }
        .sorted { $0.lexicographicallyPrecedes($1) }
        #expect(byteRanges == markedRanges, "\(variant) variant: byte ranges differ", sourceLocation: example.location)
      }
    }
  }

  // MARK: - Descriptions

  @Test(arguments: rules) func descriptionIsWellFormed(_ rule: RegisteredRule) {
    let description = rule.description
    #expect(isKebabCase(description.id.rawValue), "`\(description.id)` is not kebab-case")
    #expect(
      RuleRegistry.descriptions.filter { $0.id == description.id }.count == 1, "`\(description.id)` is registered twice"
    )
    #expect(!description.passing.isEmpty, "no passing example")
    #expect(!description.failing.isEmpty, "no failing example")
    #expect(!description.summary.isEmpty && !description.summary.hasSuffix("."), "summary must not end with a period")
    #expect(!description.summary.contains("\n"), "summary must be one line")
    #expect(!description.rationale.isEmpty, "rationale is empty")
    for example in description.failing {
      let markers = example.files.reduce(0) { $0 + MarkedSource($1.text).ranges.count }
      #expect(markers > 0, "failing example without a «…» marker", sourceLocation: example.location)
    }
  }

  /// The registry describes the rules of every stage, the parser's `syntax` included, and what
  /// the parser reports is described.
  @Test func registryListsTheKnownRules() {
    let ids = Set(RuleRegistry.descriptions.map(\.id))
    #expect(ids.contains(.unsupportedInput))
    #expect(ids.contains(.syntax))
    let probe = Parser.parse(SourceFile(name: "probe.hcl", text: "Kind = \n"), id: FileID(0))
    #expect(!probe.diagnostics.isEmpty)
    #expect(probe.diagnostics.allSatisfy { $0.rule == .syntax })
  }

  @Test func kebabCaseCheckItself() {
    #expect(isKebabCase("splitter-weights-sum"))
    #expect(isKebabCase("syntax"))
    #expect(!isKebabCase("Syntax"))
    #expect(!isKebabCase("a--b"))
    #expect(!isKebabCase("-a"))
    #expect(!isKebabCase("a_b"))
    #expect(!isKebabCase(""))
  }

  // MARK: - Helpers

  private func isKebabCase(_ id: String) -> Bool {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    return !id.isEmpty
      && parts.allSatisfy { part in
        !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
      }
  }

  private func describe(_ diagnostics: [Diagnostic], in sources: SourceMap) -> String {
    guard !diagnostics.isEmpty else { return "nothing" }
    return diagnostics.map { diagnostic in
      let (start, end) = sources.resolve(diagnostic.range)
      return
        "\(diagnostic.rule) \(sources[diagnostic.range.file].name):\(start.line):\(start.column)-\(end.line):\(end.column) \(diagnostic.message)"
    }.joined(separator: "; ")
  }
}

/// A resolved diagnostic position (file index, start and end line/column).
struct Spot: Comparable, CustomStringConvertible {
  var file: Int
  var line: Int
  var column: Int
  var endLine: Int
  var endColumn: Int

  init(_ resolved: (start: SourcePosition, end: SourcePosition), file: Int) {
    self.file = file
    line = resolved.start.line
    column = resolved.start.column
    endLine = resolved.end.line
    endColumn = resolved.end.column
  }

  static func < (a: Spot, b: Spot) -> Bool {
    [a.file, a.line, a.column, a.endLine, a.endColumn].lexicographicallyPrecedes([
      b.file, b.line, b.column, b.endLine, b.endColumn,
    ])
  }

  var description: String { "#\(file) \(line):\(column)-\(endLine):\(endColumn)" }
}

/// The generated forms of every example.
enum Variant: String, CaseIterable, CustomStringConvertible {
  case plain
  case crlf
  case leadingComment

  static let comment = "# 多字节 ✓\n"

  var description: String { rawValue }

  /// The example's files in this variant, or nil when the variant does not apply.
  func apply(to example: Example) -> [(name: String, text: String)]? {
    switch self {
    case .plain:
      return example.files
    case .crlf:
      // Normalise first so a text that already has CRLF does not get `\r\r\n`.
      return example.files.map {
        (
          $0.name,
          $0.text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        )
      }
    case .leadingComment:
      guard example.files.contains(where: { !Variant.isJSON($0) }) else { return nil }
      return example.files.map { Variant.isJSON($0) ? $0 : ($0.name, Variant.comment + $0.text) }
    }
  }

  /// Where a position of the plain text is expected in this variant.
  func shift(_ spot: Spot, fileName: String) -> Spot {
    switch self {
    case .plain, .crlf:
      return spot
    case .leadingComment:
      if fileName.hasSuffix(".json") { return spot }
      var moved = spot
      moved.line += 1
      moved.endLine += 1
      return moved
    }
  }

  static func isJSON(_ file: (name: String, text: String)) -> Bool {
    file.name.hasSuffix(".json")
  }
}

extension String {
  fileprivate func replacingCRLF() -> String {
    String(
      unicodeScalars.reduce(into: String.UnicodeScalarView()) { view, scalar in
        if scalar == "\r" { return }
        view.append(scalar)
      })
  }
}

extension Example {
  /// Swift Testing's location for this example.
  var location: SourceLocation {
    let name = sourceFile.split(separator: "/").last.map(String.init) ?? sourceFile
    // `…/Sources/<Module>/…/<name>`: the module, as `#fileID` names it.
    let parts = sourceFile.split(separator: "/")
    let module = parts.firstIndex(of: "Sources").map { String(parts[min($0 + 1, parts.count - 1)]) } ?? "centry"
    return SourceLocation(fileID: "\(module)/\(name)", filePath: sourceFile, line: sourceLine, column: 1)
  }
}
