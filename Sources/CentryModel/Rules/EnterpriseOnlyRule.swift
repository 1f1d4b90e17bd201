import CentryCore

/// `enterprise-only`: an entry-level `Namespace` or `Partition`, which Consul CE rejects.
public struct EnterpriseOnlyRule: DescribedRule {
  public static let description = RuleDescription(
    id: .enterpriseOnly, severity: .error,
    summary: "An entry-level `Namespace` or `Partition`, which Consul CE rejects",
    rationale: """
      The consul CLI accepts `Namespace` and `Partition` at the entry level and in \
      service-defaults `UpstreamConfig` (its structs have the fields), but a Consul CE server has \
      no such fields there and rejects the write while decoding: \
      `invalid config key "Namespace", namespaces are a consul enterprise feature`. centry checks \
      against Consul CE, so this is an error. (`Namespace`/`Partition` inside routes, splits, \
      redirects and failover are real CE fields and are not reported here.)
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100, Namespace = "default" }]
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        «Namespace» = "team-a"
        """),
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Overrides = [{ Name = "db", «Partition» = "p1" }] }
        """),
    ])
}

extension RuleID {
  public static let enterpriseOnly = RuleID("enterprise-only")
}
