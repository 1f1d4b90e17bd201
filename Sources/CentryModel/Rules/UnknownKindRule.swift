import CentryCore

/// `unknown-kind`: a `Kind` that is not a config entry kind Consul knows.
public struct UnknownKindRule: DescribedRule {
  public static let description = RuleDescription(
    id: .unknownKind, severity: .error,
    summary: "A `Kind` that is not a config entry kind Consul knows",
    rationale: """
      Kinds are exact, lower-case names; anything else fails with \
      `invalid config entry kind: <kind>`. The help lists every kind `consul config write` \
      accepts and suggests the closest one.
      """,
    passing: [
      Example(.serviceRouter, "web")
    ],
    failing: [
      Example(
        """
        Kind = «"service-route"»
        Name = "web"
        """),
      Example(
        """
        Kind = «"Service-Defaults"»
        Name = "web"
        """),
    ])
}

extension RuleID {
  public static let unknownKind = RuleID("unknown-kind")
}
