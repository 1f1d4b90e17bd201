/// How serious a diagnostic is. `error` fails the run; `warning` fails it only under `--strict`.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
  case error
  case warning
  case info

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  /// Errors sort first.
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A secondary label: another place that explains the diagnostic ("subset defined here").
public struct Note: Sendable, Hashable {
  public var message: String
  /// `nil` for a note that points nowhere in particular.
  public var range: SourceRange?

  public init(_ message: String, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }
}

/// A proposed fix: "did you mean `PathPrefix`?", optionally with the text to put at `range`.
public struct Suggestion: Sendable, Hashable {
  public var message: String
  public var replacement: String?

  public init(_ message: String, replacement: String? = nil) {
    self.message = message
    self.replacement = replacement
  }
}

/// One problem found in the input.
///
/// Messages start in lower case, have no final period, quote code in backticks and make sense
/// without the source frame (the `github` and `checkstyle` views drop it).
public struct Diagnostic: Sendable, Hashable {
  /// Stable kebab-case rule ID, e.g. `splitter-weights-sum`; a user contract.
  public var rule: RuleID
  public var severity: Severity
  public var message: String
  /// The primary range: the offending key or value, never the whole file when it can be helped.
  public var range: SourceRange
  public var notes: [Note]
  public var help: String?
  public var suggestion: Suggestion?

  public init(
    rule: RuleID, severity: Severity, message: String, range: SourceRange,
    notes: [Note] = [], help: String? = nil, suggestion: Suggestion? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
    self.help = help
    self.suggestion = suggestion
  }

  /// `help` and the suggestion's message joined, as the one-line renderers show them.
  public var fullHelp: String? {
    switch (help, suggestion?.message) {
    case (nil, nil): nil
    case (let help?, nil): help
    case (nil, let suggestion?): suggestion
    case (let help?, let suggestion?): "\(suggestion) \(help)"
    }
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by file, position, then rule ID: the order every renderer prints.
  public func sortedForOutput() -> [Diagnostic] {
    sorted { a, b in
      if a.range.file != b.range.file { return a.range.file < b.range.file }
      if a.range.start != b.range.start { return a.range.start < b.range.start }
      if a.range.end != b.range.end { return a.range.end < b.range.end }
      if a.severity != b.severity { return a.severity < b.severity }
      if a.rule != b.rule { return a.rule < b.rule }
      return a.message < b.message
    }
  }

  public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
  public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
}
