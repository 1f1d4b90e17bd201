import CentryCore
import CentryModel

/// `regex-program-size`: a regex whose RE2 program exceeds Envoy's default program size limit.
struct RegexProgramSizeRule: Rule {
  static let description = RuleDescription(
    id: .regexProgramSize, severity: .warning,
    summary: "Regex exceeds Envoy's default RE2 program size",
    rationale: """
      Envoy refuses regexes whose compiled RE2 program is larger than its limit (100 by default, \
      runtime key `re2.max_program_size.error_level`; above `re2.max_program_size.warn_level` it \
      only logs). Counted repetitions multiply the program: `[a-z]{50}` alone is 54. centry \
      compiles the pattern with RE2, the library Envoy links, and states RE2's own number.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [ { Match { HTTP { PathRegex = "/users/[0-9]+" } } } ]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
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
