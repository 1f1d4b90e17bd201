import CentryCore

/// `duplicate-field`: one field written twice under different spellings.
public struct DuplicateFieldRule: DescribedRule {
  public static let description = RuleDescription(
    id: .duplicateField, severity: .error,
    summary: "One field written twice under different spellings",
    rationale: """
      When a field is written both in CamelCase and as its snake_case alias (or in two letter \
      cases), Consul keeps the exact CamelCase spelling and reports the other as an unused key \
      (`invalid config key "…pathprefix"`), so the write fails. The diagnostic points at the \
      spelling Consul rejects.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        transparent_proxy { dialed_directly = true }
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP {
          PathPrefix = "/a"
          «path_prefix» = "/b"
        } } }]
        """),
      Example(
        .serviceDefaults, "web",
        """
        MutualTLSMode = "strict"
        «mutual_tls_mode» = "strict"
        """),
    ])
}

extension RuleID {
  public static let duplicateField = RuleID("duplicate-field")
}
