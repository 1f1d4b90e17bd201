import CentryCore

/// The items of an object body (`{ … }` or the whole file), in source order.
public struct ObjectBody: Sendable {
  public var items: [ObjectItem]
  /// From `{` to `}` inclusive, or the whole file for the top level.
  public var range: SourceRange

  public init(items: [ObjectItem], range: SourceRange) {
    self.items = items
    self.range = range
  }
}

/// One `key = value`, `key { … }` or `key "label" { … }` item.
///
/// HCL v1 allows a chain of keys before a block (`Subsets "v1" { … }`); `keys` holds all of them in
/// order. JSON items always have exactly one key.
public struct ObjectItem: Sendable {
  public var keys: [ObjectKey]
  /// The `=` (or JSON `:`) when written; `nil` for block syntax `key { … }`.
  public var assign: SourceRange?
  public var value: Value
  /// Comments on the lines directly above the item (indexes into ``Document/comments``).
  public var leadComments: [Int]
  /// A comment after the item on the same line (index into ``Document/comments``).
  public var lineComment: Int?

  public init(keys: [ObjectKey], assign: SourceRange?, value: Value, leadComments: [Int] = [], lineComment: Int? = nil)
  {
    self.keys = keys
    self.assign = assign
    self.value = value
    self.leadComments = leadComments
    self.lineComment = lineComment
  }

  /// From the first key to the end of the value.
  public var range: SourceRange {
    guard let first = keys.first else { return value.range }
    return first.range.union(value.range)
  }
}

/// A key: an identifier (`Routes`, `path_prefix`, `a.b-c`) or a quoted string (`"v1"`).
public struct ObjectKey: Sendable, Hashable {
  /// The key's text, unquoted and unescaped.
  public var name: String
  public var range: SourceRange
  public var isQuoted: Bool

  public init(name: String, range: SourceRange, isQuoted: Bool) {
    self.name = name
    self.range = range
    self.isQuoted = isQuoted
  }
}

/// A value in the syntax tree.
///
/// Not `indirect`: lists and objects hold their children in arrays (already on the heap), so a
/// scalar value needs no box of its own — one allocation less per value on the parser's hot path.
public enum Value: Sendable {
  case string(StringLiteral)
  case number(NumberLiteral)
  case bool(Bool, SourceRange)
  case list(ListValue)
  case object(ObjectValue)
  /// JSON `null` (HCL v1 has no null).
  case null(SourceRange)
  /// A value that could not be parsed; a `syntax` diagnostic was reported for it.
  case invalid(SourceRange)

  /// Where the value was written.
  public var range: SourceRange {
    switch self {
    case .string(let literal): literal.range
    case .number(let literal): literal.range
    case .bool(_, let range): range
    case .list(let list): list.range
    case .object(let object): object.body.range
    case .null(let range): range
    case .invalid(let range): range
    }
  }

  /// A short name of the value's type for messages ("a string", "a list" …).
  public var typeDescription: String {
    switch self {
    case .string: "a string"
    case .number(let literal):
      switch literal.value {
      case .integer: "an integer"
      case .float: "a number"
      }
    case .bool: "a boolean"
    case .list: "a list"
    case .object: "an object"
    case .null: "null"
    case .invalid: "an invalid value"
    }
  }
}

/// A quoted string or a heredoc.
public struct StringLiteral: Sendable {
  /// The value after unescaping (`${…}` is kept as literal text) or the heredoc's body.
  public var value: String
  /// The whole literal including quotes, or from `<<EOF` to the closing marker.
  public var range: SourceRange
  public var style: Style

  public enum Style: Sendable, Hashable {
    /// `"…"` (HCL or JSON).
    case quoted
    /// `<<EOF … EOF`; `indented` for `<<-EOF`.
    case heredoc(marker: String, indented: Bool)
  }

  public init(value: String, range: SourceRange, style: Style) {
    self.value = value
    self.range = range
    self.style = style
  }
}

/// A number as written.
public struct NumberLiteral: Sendable {
  public enum Number: Sendable, Hashable {
    case integer(Int64)
    case float(Double)
  }

  public var value: Number
  /// The source text (`0x1F`, `-1.5e3` …), kept for messages and the formatter.
  public var text: String
  public var range: SourceRange

  public init(value: Number, text: String, range: SourceRange) {
    self.value = value
    self.text = text
    self.range = range
  }

  /// The value as a `Double`.
  public var doubleValue: Double {
    switch value {
    case .integer(let integer): Double(integer)
    case .float(let double): double
    }
  }
}

/// `[ a, b, ]`.
public struct ListValue: Sendable {
  public var elements: [Value]
  /// From `[` to `]` inclusive.
  public var range: SourceRange

  public init(elements: [Value], range: SourceRange) {
    self.elements = elements
    self.range = range
  }
}

/// `{ … }`, as a value or as a block body.
public struct ObjectValue: Sendable {
  public var body: ObjectBody

  public init(body: ObjectBody) { self.body = body }
}
