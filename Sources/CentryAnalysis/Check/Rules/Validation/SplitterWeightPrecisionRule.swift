import CentryCore
import CentryModel

/// `splitter-weight-precision`: a weight with more precision than Consul keeps.
struct SplitterWeightPrecisionRule: Rule {
  static let description = RuleDescription(
    id: .splitterWeightPrecision, severity: .warning,
    summary: "A split weight with more than two decimals, which Consul rounds",
    rationale: """
      Consul keeps weights to 0.01 (float32, rounded half away from zero) and silently stores \
      `33.333` as `33.33`. The stored value is what Envoy gets; write it as such.
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 66.67 }, { Weight = 33.33, Service = "web-next" }]
        """)
    ],
    failing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = «99.999» }, { Weight = 0.001, Service = "web-next" }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).flatMap { _, splitter in
      splitter.splits.orEmpty().compactMap { split -> Diagnostic? in
        guard let weight = split.value.weight, let units = SplitWeight.storedUnits(weight.value),
          units != 0, !SplitWeight.isKeptAsWritten(weight.value)
        else { return nil }
        let stored = SplitWeight.display(units)
        return Self.diagnostic(
          "weight `\(GoFormat.float(weight.value))` is stored as `\(stored)`", at: weight.valueRange,
          help: "Consul keeps split weights to two decimals",
          suggestion: Suggestion("write `\(stored)`", replacement: stored))
      }
    }
  }
}

extension RuleID {
  public static let splitterWeightPrecision = RuleID("splitter-weight-precision")
}
