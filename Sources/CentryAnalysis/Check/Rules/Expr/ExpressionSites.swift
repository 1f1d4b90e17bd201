import CentryCore
import CentryModel
import CentrySyntax

/// Every expression string of an entry set (subset filters and route regexes), with the means to
/// report a range inside the string at its place in the file.
struct ExpressionSite {
  enum Kind: Equatable {
    /// A service-resolver subset `Filter`.
    case subsetFilter(service: String, subset: String)
    case pathRegex
    case headerRegex
    case queryParamRegex
  }

  var kind: Kind
  /// The string as decoded.
  var text: String
  /// Where the string was written.
  var located: Located<String>
  /// The literal ``text`` was written as, to map offsets in it to the file; `nil` when the value
  /// was not a string literal.
  var literal: LiteralSource?

  /// The file range of `range` (a UTF-8 range in ``text``); the whole value when it cannot be mapped.
  func sourceRange(_ range: Range<Int>) -> SourceRange {
    guard let literal else { return located.valueRange }
    return literal.map().sourceRange(range)
  }

  /// Runs the checker that fits this site.
  func issues() -> [ExprIssue] {
    switch kind {
    case .subsetFilter: text.isEmpty ? [] : FilterChecker.check(text)
    case .pathRegex: RegexChecker.checkPathRegex(text)
    case .headerRegex, .queryParamRegex: RegexChecker.check(text)
    }
  }

  /// `issue` as a diagnostic of rule `R`.
  func diagnostic<R: Rule>(_ issue: ExprIssue, for rule: R.Type) -> Diagnostic {
    var message = issue.message
    if case .subsetFilter(_, let subset) = kind {
      message = "in the filter of subset `\(subset)`: " + message
    }
    let suggestion = issue.replacement.map { Suggestion("did you mean `\($0)`?", replacement: $0) }
    return R.diagnostic(
      message, at: sourceRange(issue.range), notes: issue.note.map { [Note($0)] } ?? [], help: issue.help,
      suggestion: suggestion)
  }
}

enum ExpressionSites {
  /// Calls `body` with every expression string of one entry, in the order it was written.
  static func forEachSite(of decoded: DecodedEntry, _ body: (ExpressionSite.Kind, Located<String>) -> Void) {
    func add(_ kind: ExpressionSite.Kind, _ located: Located<String>?) {
      guard let located else { return }
      body(kind, located)
    }
    switch decoded.entry {
    case .serviceResolver(let resolver):
      for subset in resolver.subsets.orEmpty() {
        add(.subsetFilter(service: decoded.entry.effectiveName, subset: subset.key), subset.value.value.filter)
      }
    case .serviceRouter(let router):
      for route in router.routes.orEmpty() {
        guard let http = route.value.match?.value.http?.value else { continue }
        add(.pathRegex, http.pathRegex)
        for header in http.header.orEmpty() { add(.headerRegex, header.value.regex) }
        for query in http.queryParam.orEmpty() { add(.queryParamRegex, query.value.regex) }
      }
    case .serviceDefaults, .proxyDefaults, .serviceSplitter, .unsupported:
      break
    }
  }

  /// Every issue of every site, in input order: parsed once per lint and shared by all
  /// expression rules (see ``CheckContext/expressionFindings``).
  ///
  /// Sites are not listed first, and only a site with an issue looks up its literal (whose map, an
  /// offset per byte of the string, is made when a diagnostic is): listed with a map each up
  /// front, the sites of the route regexes and subset filters were 7 MB at 10,000 entries,
  /// nearly all of them never used.
  static func findings(_ context: CheckContext) -> [ExpressionFinding] {
    let literals = StringLiterals(context)
    var findings: [ExpressionFinding] = []
    for decoded in context.entries.all {
      forEachSite(of: decoded) { kind, located in
        var site = ExpressionSite(kind: kind, text: located.value, located: located, literal: nil)
        let issues = site.issues()
        guard !issues.isEmpty else { return }
        site.literal = literals.literal(for: located)
        findings += issues.map { ExpressionFinding(site: site, issue: $0) }
      }
    }
    return findings
  }

  /// Every issue of one kind, as diagnostics of rule `R`.
  static func diagnostics<R: Rule>(_ context: CheckContext, kind: ExprIssue.Kind, rule: R.Type) -> [Diagnostic] {
    (context.expressionFindings ?? findings(context))
      .filter { $0.issue.kind == kind }
      .map { $0.site.diagnostic($0.issue, for: rule) }
  }
}

/// One problem found in one expression string.
struct ExpressionFinding {
  var site: ExpressionSite
  var issue: ExprIssue
}

/// The string literals the expression strings of an entry set were written as: all that the
/// expression rules need of the syntax trees, so that the linter can drop each tree once its file
/// is decoded (``add(_:entries:)``) instead of holding every tree until the checks.
public struct ExpressionLiterals: Sendable {
  /// Only files that have expression strings: most have none, and an entry (two dictionaries'
  /// worth) per file added up at 100,000 files.
  fileprivate var byFile: [FileID: FileLiterals] = [:]

  public init() {}

  /// Keeps the literals of `document` at the expression strings of `entries` (decoded from it).
  public mutating func add(_ document: Document, entries: [DecodedEntry]) {
    var starts: Set<Int> = []
    for entry in entries {
      ExpressionSites.forEachSite(of: entry) { _, located in starts.insert(located.valueRange.start) }
    }
    guard !starts.isEmpty else { return }
    byFile[document.file] = FileLiterals(document, keeping: starts)
  }

  /// Adds what `other` kept (of other files).
  public mutating func merge(_ other: ExpressionLiterals) {
    byFile.merge(other.byFile) { _, new in new }
  }
}

/// The string literals kept of one file, by start offset, with the file's syntax.
struct FileLiterals: Sendable {
  var flavor: SyntaxFlavor
  /// Sorted by start offset: a few per file, so an array searched by halves is a fraction of a
  /// dictionary's size.
  private var literals: [StringLiteral] = []

  /// The literals of `document`; only those starting at `keeping` when given.
  init(_ document: Document, keeping: Set<Int>?) {
    flavor = document.flavor
    for item in document.body.items { walk(item.value, keeping: keeping) }
    literals.sort { $0.range.start < $1.range.start }
  }

  private mutating func walk(_ value: Value, keeping: Set<Int>?) {
    switch value {
    case .string(let literal):
      if keeping?.contains(literal.range.start) ?? true { literals.append(literal) }
    case .list(let list): for element in list.elements { walk(element, keeping: keeping) }
    case .object(let object): for item in object.body.items { walk(item.value, keeping: keeping) }
    case .number, .bool, .null, .invalid: break
    }
  }

  /// The literal that starts at byte offset `start`.
  func literal(at start: Int) -> StringLiteral? {
    var low = 0
    var high = literals.count
    while low < high {
      let mid = (low + high) / 2
      if literals[mid].range.start < start { low = mid + 1 } else { high = mid }
    }
    return low < literals.count && literals[low].range.start == start ? literals[low] : nil
  }
}

/// The string literals of every document, found by their range.
struct StringLiterals {
  private var byFile: [FileID: FileLiterals] = [:]
  private let sources: SourceMap

  init(_ context: CheckContext) {
    sources = context.sources
    if let kept = context.expressionLiterals { byFile = kept.byFile }
    for document in context.documents { byFile[document.file] = FileLiterals(document, keeping: nil) }
  }

  /// The literal `located` was decoded from, when it was one literal.
  func literal(for located: Located<String>) -> LiteralSource? {
    let range = located.valueRange
    guard let file = byFile[range.file], let literal = file.literal(at: range.start), literal.range.end == range.end,
      literal.value == located.value, range.file.index < sources.files.count
    else { return nil }
    return LiteralSource(source: sources[range.file], literal: literal, flavor: file.flavor)
  }
}

/// A string literal and the file it is in: what a ``StringLiteralMap`` is built from. The map is
/// built only when a problem is reported inside the string; building one for every expression
/// string was a twentieth of a lint's time.
struct LiteralSource {
  var source: SourceFile
  var literal: StringLiteral
  var flavor: SyntaxFlavor

  func map() -> StringLiteralMap { StringLiteralMap(source: source, literal: literal, flavor: flavor) }
}
