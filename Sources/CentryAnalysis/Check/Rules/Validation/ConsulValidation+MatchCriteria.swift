import CentryCore
import CentryModel

extension ConsulValidation {
  /// Checks a route's header or query-parameter match, which Consul wants to test its value in
  /// exactly one way: `Present = true` or one non-empty string criterion. Reports a match that
  /// sets none (`header match tests nothing: set one of …`, at `match`), and every criterion
  /// after the first written (`header match sets both `Exact` and `Prefix``).
  static func exactlyOneCriterion<R: Rule>(
    _ rule: R.Type, of subject: String, at match: SourceRange, present: Located<Bool>?,
    _ criteria: [(field: Located<String>?, key: String)], help: String
  ) -> [Diagnostic] {
    var set: [(range: SourceRange, key: String)] = []
    if let present, present.value { set.append((present.range, "Present")) }
    for (field, key) in criteria {
      if let field = nonEmpty(field) { set.append((field.range, key)) }
    }
    set.sort { ($0.range.file, $0.range.start) < ($1.range.file, $1.range.start) }
    guard let first = set.first else {
      let keys = (["Present"] + criteria.map(\.key)).map { "`\($0)`" }
      let choices = keys.dropLast().joined(separator: ", ") + " or " + (keys.last ?? "")
      return [rule.diagnostic("\(subject) tests nothing: set one of \(choices)", at: match, help: help)]
    }
    return set.dropFirst().map { range, key in
      rule.diagnostic(
        "\(subject) sets both `\(first.key)` and `\(key)`", at: range,
        notes: [Note("`\(first.key)` is set here", at: first.range)], help: help)
    }
  }
}
