import CentrySyntax

/// The syntax tree of a go-bexpr filter expression, as Consul uses it for service-resolver subset
/// `Filter`s. Every range is a half-open UTF-8 byte range inside the expression string; map it to
/// the file with ``StringLiteralMap``.
///
/// A chain of `and` (or of `or`) is one node holding its operands in order, so a filter of
/// thousands of clauses is a wide tree, not a deep one: the checker, the evaluator and the
/// tree's teardown recurse only as deep as the parentheses, `not`s and collections, which
/// ``FilterParser`` bounds by ``FilterParser/maximumNesting``.
public indirect enum FilterExpression: Sendable, Hashable {
  /// Two or more operands joined by `and`, left to right (bexpr's evaluation order).
  case and([FilterExpression])
  /// Two or more operands joined by `or`, left to right.
  case or([FilterExpression])
  /// `not …`; the range covers the `not` keyword.
  case not(FilterExpression, Range<Int>)
  case match(FilterMatch)
  /// `any Selector as v { … }` / `all Selector as i, v { … }` (go-bexpr 0.1.13 and later).
  case collection(FilterCollection)

  /// Every match expression, left to right (collection bodies included).
  public var matches: [FilterMatch] {
    switch self {
    case .and(let operands), .or(let operands): operands.flatMap(\.matches)
    case .not(let operand, _): operand.matches
    case .match(let match): [match]
    case .collection(let collection): collection.body.matches
    }
  }
}

/// `any`/`all` over a list or map, binding names for the body.
public struct FilterCollection: Sendable, Hashable {
  public enum Quantifier: String, Sendable, Hashable {
    case any
    case all
  }

  /// The names the body can use: `as v` (a list's value or a map's key), `as i, v`, `as i, _`,
  /// `as _, v`.
  public enum Binding: Sendable, Hashable {
    case single(String)
    case indexAndValue(index: String?, value: String?)
  }

  public var quantifier: Quantifier
  public var keywordRange: Range<Int>
  public var selector: FilterSelector
  public var binding: Binding
  public var body: FilterExpression

  public init(
    quantifier: Quantifier, keywordRange: Range<Int>, selector: FilterSelector, binding: Binding,
    body: FilterExpression
  ) {
    self.quantifier = quantifier
    self.keywordRange = keywordRange
    self.selector = selector
    self.binding = binding
    self.body = body
  }
}

/// The match operators of go-bexpr.
public enum FilterOperator: String, Sendable, Hashable, CaseIterable {
  case equal = "=="
  case notEqual = "!="
  case isEmpty = "is empty"
  case isNotEmpty = "is not empty"
  /// `is nil` (go-bexpr 0.1.15 and later): a list, map or optional struct that is absent.
  case isNil = "is nil"
  case isNotNil = "is not nil"
  /// `"v" in Selector`.
  case `in` = "in"
  /// `"v" not in Selector`.
  case notIn = "not in"
  /// `Selector contains "v"` (the same test as `in`, operands swapped).
  case contains = "contains"
  case notContains = "not contains"
  case matches = "matches"
  case notMatches = "not matches"

  /// True for the negated forms, which bexpr evaluates as `not` of the positive one.
  public var isNegated: Bool {
    switch self {
    case .notEqual, .isNotEmpty, .isNotNil, .notIn, .notContains, .notMatches: true
    case .equal, .isEmpty, .isNil, .in, .contains, .matches: false
    }
  }

  /// The positive operator this one negates (itself when positive).
  public var positive: FilterOperator {
    switch self {
    case .notEqual: .equal
    case .isNotEmpty: .isEmpty
    case .isNotNil: .isNil
    case .notIn: .in
    case .notContains: .contains
    case .notMatches: .matches
    case .equal, .isEmpty, .isNil, .in, .contains, .matches: self
    }
  }

  /// What bexpr answers when the selector names a missing map key (`NotPresentDisposition`):
  /// nothing equals, contains or matches a missing key, and it is empty and nil.
  public var missingKeyResult: Bool {
    switch self {
    case .equal, .in, .contains, .matches, .isNotEmpty, .isNotNil: false
    case .notEqual, .notIn, .notContains, .notMatches, .isEmpty, .isNil: true
    }
  }
}

/// A selector: `Service.Meta.version`, `Node.Meta["rack-id"]`, the JSON-pointer form
/// `"/Service/Meta/version"`, or an inline value list `["a", "b"]`.
public struct FilterSelector: Sendable, Hashable {
  public enum Form: Sendable, Hashable {
    case dotted
    case jsonPointer
    /// `["a", "b"]`: not a path at all but a literal list (bexpr joins it with `,`).
    case inlineValues([String])
  }

  /// One path step.
  public struct Segment: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
      /// `.Name` (or the first identifier).
      case field
      /// `["key"]`.
      case index
      /// `.0`.
      case number
      /// `/name` inside a JSON pointer.
      case pointer
    }

    public var name: String
    public var range: Range<Int>
    public var style: Style

    public init(name: String, range: Range<Int>, style: Style) {
      self.name = name
      self.range = range
      self.style = style
    }
  }

  public var segments: [Segment]
  public var range: Range<Int>
  public var form: Form

  public init(segments: [Segment], range: Range<Int>, form: Form) {
    self.segments = segments
    self.range = range
    self.form = form
  }

  /// The path written with dots (`Service.Meta.version`), as messages show it.
  public var path: String { segments.map(\.name).joined(separator: ".") }

  /// The first `count` segments written as in messages.
  public func prefix(_ count: Int) -> String {
    segments.prefix(count).map(\.name).joined(separator: ".")
  }
}

/// The value side of a match.
public struct FilterValue: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// An unquoted word such as `v1` (bexpr parses it as a selector and uses its text).
    case bare
    case number
    /// `"…"` (Go escapes) or `` `…` `` (raw).
    case quoted
    case rawQuoted
  }

  /// The value bexpr compares with, after unquoting.
  public var raw: String
  public var range: Range<Int>
  public var kind: Kind

  public init(raw: String, range: Range<Int>, kind: Kind) {
    self.raw = raw
    self.range = range
    self.kind = kind
  }
}

/// One `Selector op Value`, `Value in Selector` or `Selector is empty`.
public struct FilterMatch: Sendable, Hashable {
  public var selector: FilterSelector
  public var op: FilterOperator
  public var opRange: Range<Int>
  /// `nil` for `is empty`, `is not empty`, `is nil` and `is not nil`.
  public var value: FilterValue?

  public init(selector: FilterSelector, op: FilterOperator, opRange: Range<Int>, value: FilterValue?) {
    self.selector = selector
    self.op = op
    self.opRange = opRange
    self.value = value
  }

  /// From the first operand to the last.
  public var range: Range<Int> {
    var lower = min(selector.range.lowerBound, opRange.lowerBound)
    var upper = max(selector.range.upperBound, opRange.upperBound)
    if let value {
      lower = min(lower, value.range.lowerBound)
      upper = max(upper, value.range.upperBound)
    }
    return lower..<upper
  }
}

/// A problem found in an expression (filter or regex), positioned inside the expression string.
public struct ExprIssue: Error, Sendable, Hashable {
  /// What went wrong; each kind is reported by one rule.
  public enum Kind: Sendable, Hashable, CaseIterable {
    case filterSyntax
    case filterUnknownSelector
    case filterOperatorType
    case filterMetaKey
    case regexSyntax
    case regexUnsupportedRE2
    case regexProgramSize
    case pathRegexAnchoring
  }

  public var kind: Kind
  /// Lower-case start, no final period, code in backticks.
  public var message: String
  /// UTF-8 byte range inside the expression string.
  public var range: Range<Int>
  public var help: String?
  /// A "did you mean" replacement for `range`, when there is one.
  public var replacement: String?
  /// Background that is neither the problem nor the fix (a note without a position).
  public var note: String?

  public init(
    _ kind: Kind, _ message: String, at range: Range<Int>, help: String? = nil, replacement: String? = nil,
    note: String? = nil
  ) {
    self.kind = kind
    self.message = message
    self.range = range
    self.help = help
    self.replacement = replacement
    self.note = note
  }
}
