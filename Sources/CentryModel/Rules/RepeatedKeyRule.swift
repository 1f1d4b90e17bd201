import CentryCore

/// `repeated-key`: the same key written twice in one object, the first value being lost.
public struct RepeatedKeyRule: DescribedRule {
  public static let description = RuleDescription(
    id: .repeatedKey, severity: .warning,
    summary: "The same key written twice in one object, the first value being lost",
    rationale: """
      HCL v1 and Go's JSON decoder keep the last value of a key written twice in one object \
      (`Protocol = "http"` … `Protocol = "tcp"` is `tcp`), silently. Blocks and lists under the \
      same key are different: they are concatenated (`Routes { … }` twice is two routes) and \
      not reported.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes { Match { HTTP { PathPrefix = "/a" } } }
        Routes { Match { HTTP { PathPrefix = "/b" } } }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        Protocol = "http"
        «Protocol» = "tcp"
        """),
      Example(
        """
        {"Kind": "service-defaults", "Name": "web", "Meta": {"a": "1", «"a"»: "2"}}
        """),
    ])
}

extension RuleID {
  public static let repeatedKey = RuleID("repeated-key")
}
