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
  /// Every site of the entry set, in input order.
  static func collect(_ context: CheckContext) -> [ExpressionSite] {
    let literals = StringLiterals(context)
    var sites: [ExpressionSite] = []
    for decoded in context.entries.all {
      forEachSite(of: decoded) { kind, located in
        sites.append(
          ExpressionSite(kind: kind, text: located.value, located: located, literal: literals.literal(for: located)))
      }
    }
    return sites
  }

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
  static func findings(_ context: CheckContext) -> [ExpressionFinding] {
    collect(context).flatMap { site in site.issues().map { ExpressionFinding(site: site, issue: $0) } }
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
  fileprivate var byFile: [FileID: [Int: StringLiteral]] = [:]
  fileprivate var flavors: [FileID: SyntaxFlavor] = [:]

  public init() {}

  /// Keeps the literals of `document` at the expression strings of `entries` (decoded from it).
  public mutating func add(_ document: Document, entries: [DecodedEntry]) {
    var starts: Set<Int> = []
    for entry in entries {
      ExpressionSites.forEachSite(of: entry) { _, located in starts.insert(located.valueRange.start) }
    }
    var found: [Int: StringLiteral] = [:]
    if !starts.isEmpty { StringLiterals.walk(document.body, into: &found, keeping: starts) }
    flavors[document.file] = document.flavor
    byFile[document.file] = found
  }

  /// Adds what `other` kept (of other files).
  public mutating func merge(_ other: ExpressionLiterals) {
    byFile.merge(other.byFile) { _, new in new }
    flavors.merge(other.flavors) { _, new in new }
  }
}

/// The string literals of every document, found by their range.
struct StringLiterals {
  private var byFile: [FileID: [Int: StringLiteral]] = [:]
  private var flavors: [FileID: SyntaxFlavor] = [:]
  private let sources: SourceMap

  init(_ context: CheckContext) {
    sources = context.sources
    if let kept = context.expressionLiterals {
      byFile = kept.byFile
      flavors = kept.flavors
    }
    for document in context.documents {
      flavors[document.file] = document.flavor
      var found: [Int: StringLiteral] = [:]
      Self.walk(document.body, into: &found, keeping: nil)
      byFile[document.file] = found
    }
  }

  /// Records the literals of `body` by start offset; only those starting at `keeping` when given.
  static func walk(_ body: ObjectBody, into found: inout [Int: StringLiteral], keeping: Set<Int>?) {
    for item in body.items { walk(item.value, into: &found, keeping: keeping) }
  }

  private static func walk(_ value: Value, into found: inout [Int: StringLiteral], keeping: Set<Int>?) {
    switch value {
    case .string(let literal):
      if keeping?.contains(literal.range.start) ?? true { found[literal.range.start] = literal }
    case .list(let list): for element in list.elements { walk(element, into: &found, keeping: keeping) }
    case .object(let object): walk(object.body, into: &found, keeping: keeping)
    case .number, .bool, .null, .invalid: break
    }
  }

  /// The literal `located` was decoded from, when it was one literal.
  func literal(for located: Located<String>) -> LiteralSource? {
    let range = located.valueRange
    guard let literal = byFile[range.file]?[range.start], literal.range.end == range.end,
      literal.value == located.value, range.file.index < sources.files.count
    else { return nil }
    return LiteralSource(source: sources[range.file], literal: literal, flavor: flavors[range.file] ?? .hcl)
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
