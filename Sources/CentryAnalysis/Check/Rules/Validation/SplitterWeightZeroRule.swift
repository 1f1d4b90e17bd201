import CentryCore
import CentryModel

/// `splitter-weight-zero`: a non-zero weight that Consul rounds to 0.
struct SplitterWeightZeroRule: Rule {
  static let description = RuleDescription(
    id: .splitterWeightZero, severity: .warning,
    summary: "A non-zero split weight that Consul rounds to 0",
    rationale: """
      Consul keeps weights to 0.01 and rounds smaller ones away: `Weight = 0.004` is stored as 0, \
      the split still produces an Envoy cluster, but it receives no traffic.
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 99.99 }, { Weight = 0.01, Service = "web-next" }]
        """)
    ],
    failing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100 }, { Weight = «0.004», Service = "web-next" }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).flatMap { _, splitter in
      splitter.splits.orEmpty().compactMap { split -> Diagnostic? in
        guard let weight = split.value.weight, weight.value != 0, SplitWeight.storedUnits(weight.value) == 0
        else { return nil }
        return Self.diagnostic(
          "weight `\(GoFormat.float(weight.value))` rounds to 0: this split receives no traffic", at: weight.valueRange,
          help: "the smallest weight Consul keeps is 0.01")
      }
    }
  }
}

extension RuleID {
  public static let splitterWeightZero = RuleID("splitter-weight-zero")
}
