import CentryCore
import CentryModel

/// `splitter-weights-sum`: split weights that do not add up to 100 after Consul's rounding.
struct SplitterWeightsSumRule: Rule {
  static let description = RuleDescription(
    id: .splitterWeightsSum, severity: .error,
    summary: "service-splitter weights must add up to 100",
    rationale: """
      Consul stores each `Splits[].Weight` as a float32 rounded to 0.01 and rejects the entry \
      unless the rounded weights add up to exactly 100: \
      `the sum of all split weights must be 100, not 110.000000`. The rounding is done as Consul \
      does it, so `33.333` three times (stored as 33.33 each) fails while `99.999` and `0.001` \
      (stored as 100 and 0) pass. A note shows every weight Consul rounds.
      """,
    passing: [
      Example(
        """
        Kind   = "service-splitter"
        Name   = "web"
        Splits = [{ Weight = 90, ServiceSubset = "v1" }, { Weight = 10, ServiceSubset = "v2" }]
        """),
      Example(
        """
        kind   = "service-splitter"
        name   = "billing"
        splits = [{ weight = 66.67 }, { weight = 33.33, service = "billing-v2" }]
        """),
    ],
    failing: [
      Example(
        """
        Kind   = "service-splitter"
        Name   = "web"
        Splits = «[{ Weight = 90, ServiceSubset = "v1" }, { Weight = 20, ServiceSubset = "v2" }]»
        """),
      Example(
        """
        Kind   = "service-splitter"
        Name   = "web"
        Splits = «[
          { Weight = 33.333, ServiceSubset = "a" },
          { Weight = 33.333, ServiceSubset = "b" },
          { Weight = 33.334, ServiceSubset = "c" },
        ]»
        """),
      Example(
        """
        {"Kind": "service-splitter", "Name": "web", "Splits": «[{"Weight": 60}, {"Weight": 50, "Service": "b"}]»}
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).compactMap { _, splitter in
      guard let splits = splitter.splits, !splits.value.isEmpty else { return nil }
      var sum: Int64 = 0
      var notes: [Note] = []
      for split in splits.value {
        let weight = split.value.weight?.value ?? 0
        guard let units = SplitWeight.storedUnits(weight) else { return nil }
        sum += units
        if let written = split.value.weight, !SplitWeight.isKeptAsWritten(written.value) {
          notes.append(
            Note(
              "weight `\(GoFormat.float(written.value))` is stored as `\(SplitWeight.display(units))`",
              at: written.valueRange))
        }
      }
      guard sum != 10_000 else { return nil }
      return Self.diagnostic(
        "split weights add up to \(SplitWeight.display(sum)), not 100", at: splits.valueRange, notes: notes,
        help: "Consul: `the sum of all split weights must be 100, not \(SplitWeight.goPercent(sum))`")
    }
  }
}

extension RuleID {
  public static let splitterWeightsSum = RuleID("splitter-weights-sum")
}
