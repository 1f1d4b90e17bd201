import CentryCore
import CentryModel

/// `splitter-weight-range`: a negative weight or one above 100.
struct SplitterWeightRangeRule: Rule {
  static let description = RuleDescription(
    id: .splitterWeightRange, severity: .error,
    summary: "A split weight below 0 or above 100",
    rationale: """
      Consul checks only that the rounded weights add up to 100, so `[110, -10]` is accepted. \
      Envoy weights are unsigned: Consul converts `-10` into a weight of about 4.29 billion, \
      and the split no longer means what it says. Keep every weight between 0 and 100.
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100 }, { Weight = 0, Service = "web-next" }]
        """)
    ],
    failing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = «110» }, { Weight = «-10», Service = "web-next" }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).flatMap { _, splitter in
      splitter.splits.orEmpty().compactMap { split -> Diagnostic? in
        guard let weight = split.value.weight, let units = SplitWeight.storedUnits(weight.value),
          units < 0 || units > 10_000
        else { return nil }
        return Self.diagnostic(
          "split weight `\(GoFormat.float(weight.value))` is outside 0–100", at: weight.valueRange,
          help: units < 0
            ? "Envoy weights are unsigned: Consul sends a negative weight as a huge number" : nil)
      }
    }
  }
}

extension RuleID {
  public static let splitterWeightRange = RuleID("splitter-weight-range")
}
