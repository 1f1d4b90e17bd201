import CentryCore

/// `invalid-duration`: a duration string that Go's `time.ParseDuration` rejects.
public struct InvalidDurationRule: DescribedRule {
  public static let description = RuleDescription(
    id: .invalidDuration, severity: .error,
    summary: "A duration string that Go's `time.ParseDuration` rejects",
    rationale: """
      Duration fields (`RequestTimeout`, `IdleTimeout`, `ConnectTimeout`, `Interval`, \
      `BaseEjectionTime`, `TTL`) are parsed with Go's `time.ParseDuration`: a sequence of \
      numbers with units `ns`, `us` (`µs`), `ms`, `s`, `m`, `h`, with optional sign and fractions; \
      `"0"` is the only unit-less value and there is no `d`. Consul fails with \
      `time: missing unit in duration`, `time: unknown unit` or `time: invalid duration`. A bare \
      number is accepted as nanoseconds.
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        ConnectTimeout = "1m30s"
        RequestTimeout = "0"
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { RequestTimeout = «"10"» } }]
        """),
      Example(
        .serviceResolver, "web",
        """
        ConnectTimeout = «"1d"»
        RequestTimeout = «"5 s"»
        """),
    ])
}

extension RuleID {
  public static let invalidDuration = RuleID("invalid-duration")
}
