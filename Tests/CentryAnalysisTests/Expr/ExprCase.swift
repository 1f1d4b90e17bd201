import Testing

@testable import CentryAnalysis

/// One filter or regex and what its checker must say: `nil` for valid, else the first issue's kind
/// and the text its range covers (`at: nil` leaves the range unchecked).
struct ExprCase: Sendable, CustomTestStringConvertible {
  var text: String
  var kind: ExprIssue.Kind?
  var at: String?
  var testDescription: String { text }

  init(_ text: String, _ kind: ExprIssue.Kind? = nil, at: String? = nil) {
    self.text = text
    self.kind = kind
    self.at = at
  }

  /// Records an issue unless `issues` is what this case expects; returns the first issue when one
  /// is expected and reported, for further checks.
  @discardableResult
  func expectMatches(_ issues: [ExprIssue], sourceLocation: SourceLocation = #_sourceLocation) -> ExprIssue? {
    guard let kind else {
      #expect(issues.isEmpty, "\(issues.map(\.message))", sourceLocation: sourceLocation)
      return nil
    }
    guard let first = issues.first else {
      Issue.record("expected \(kind), got nothing", sourceLocation: sourceLocation)
      return nil
    }
    #expect(first.kind == kind, "\(first.message)", sourceLocation: sourceLocation)
    if let at {
      let bytes = Array(text.utf8)
      let covered = String(decoding: bytes[first.range.clamped(to: 0..<bytes.count)], as: UTF8.self)
      #expect(covered == at, "\(first.message)", sourceLocation: sourceLocation)
    }
    return first
  }
}
