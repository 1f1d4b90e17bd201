import CentryCore

/// `regex-program-size`: a regex that probably exceeds Envoy's default RE2 program size limit.
struct RegexProgramSizeRule: Rule {
  static let description = RuleDescription(
    id: .regexProgramSize, severity: .warning,
    summary: "Regex likely exceeds Envoy's default RE2 program size",
    rationale: """
      Envoy refuses regexes whose compiled RE2 program is larger than its `max_program_size` \
      (100 instructions by default, runtime key `re2.max_program_size.error_level`). Counted \
      repetitions multiply the program: `[a-z]{50}` alone is about 100 instructions. centry \
      estimates the size from the pattern; the estimate can be off in either direction.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [ { Match { HTTP { PathRegex = "/users/[0-9]+" } } } ]
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [ { Match { HTTP { PathRegex = "«/[a-z]{60}/[0-9]{40}»" } } } ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .regexProgramSize, rule: Self.self)
  }
}

extension RuleID {
  public static let regexProgramSize = RuleID("regex-program-size")
}
