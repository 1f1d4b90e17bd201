import CentryCore

/// `meta-not-string`: a `Meta` value that is not a string.
public struct MetaNotStringRule: DescribedRule {
  public static let description = RuleDescription(
    id: .metaNotString, severity: .warning,
    summary: "A `Meta` value that is not a string",
    rationale: """
      `Meta` is a map of strings. Consul converts other values silently: `replicas = 3` is \
      stored as `"3"` and `canary = true` as `"1"` (not `"true"`), which is rarely what was meant.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        Meta { replicas = "3" }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        Meta {
          replicas = «3»
          canary   = «true»
        }
        """)
    ])
}

extension RuleID {
  public static let metaNotString = RuleID("meta-not-string")
}
