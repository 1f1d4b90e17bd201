import CentryCore

/// `missing-kind`: an entry without a top-level `Kind` or `kind` key.
public struct MissingKindRule: DescribedRule {
  public static let description = RuleDescription(
    id: .missingKind, severity: .error,
    summary: "An entry without a top-level `Kind` or `kind` key",
    rationale: """
      Consul looks for the kind under exactly `Kind` or `kind` at the top level and fails with \
      `Payload does not contain a kind/Kind key at the top level` otherwise; other spellings \
      such as `KIND` are not read.
      """,
    passing: [
      Example(
        """
        kind = "service-defaults"
        name = "web"
        """)
    ],
    failing: [
      Example(
        """
        «Name» = "web"
        Protocol = "http"
        """),
      Example(
        """
        «KIND» = "service-defaults"
        Name = "web"
        """),
    ])
}

extension RuleID {
  public static let missingKind = RuleID("missing-kind")
}
