/// Everything a user (and the test suite) needs to know about one rule.
///
/// The examples are both documentation (`centry rules ID` renders them) and tests: every passing
/// example must produce no diagnostic of this rule, and every failing example must produce one
/// exactly at each `«…»` marker pair.
public struct RuleDescription: Sendable, Identifiable {
  /// Stable kebab-case ID, a user contract (`splitter-weights-sum`).
  public var id: RuleID
  public var severity: Severity
  /// One line, no final period.
  public var summary: String
  /// Why the rule exists and what Consul or Envoy does; may quote Consul's own wording.
  public var rationale: String
  public var passing: [Example]
  public var failing: [Example]

  public init(
    id: RuleID, severity: Severity, summary: String, rationale: String,
    passing: [Example], failing: [Example]
  ) {
    self.id = id
    self.severity = severity
    self.summary = summary
    self.rationale = rationale
    self.passing = passing
    self.failing = failing
  }
}

/// Input for a rule example: one or more files, with `«` and `»` marking expected ranges.
public struct Example: Sendable {
  /// File name → marked text, in order. A single-file example uses the name `example.hcl`
  /// (or `example.json` when the text starts with `{`).
  public var files: [(name: String, text: String)]
  /// Where the example was written, so a failing test points at it.
  public var sourceFile: String
  public var sourceLine: Int
  /// A service catalog (the JSON of `/v1/health/service/NAME`) to lint the example with, for
  /// rules that need one; `nil` for most examples.
  public var catalog: String? = nil

  public init(_ text: String, file: String = #filePath, line: Int = #line) {
    let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
    let name = trimmed.hasPrefix("{") ? "example.json" : "example.hcl"
    self.files = [(name, text)]
    self.sourceFile = file
    self.sourceLine = line
  }

  public init(files: [(name: String, text: String)], file: String = #filePath, line: Int = #line) {
    self.files = files
    self.sourceFile = file
    self.sourceLine = line
  }
}

/// A rule: its ID, severity, documentation and examples, in one file named after the type.
///
/// Rules the lexer, parser and decoder report are just this; the checks over the entry set
/// (`Rule` in CentryAnalysis) add `check`.
public protocol DescribedRule: Sendable {
  static var description: RuleDescription { get }
}

extension DescribedRule {
  /// A diagnostic of this rule with its registered severity.
  public static func diagnostic(
    _ message: String, at range: SourceRange, notes: [Note] = [], help: String? = nil,
    suggestion: Suggestion? = nil
  ) -> Diagnostic {
    Diagnostic(
      rule: description.id, severity: description.severity, message: message, range: range,
      notes: notes, help: help, suggestion: suggestion)
  }
}
