import CentryCore
import CentryModel

/// `splitter-empty`: a service-splitter without any split.
struct SplitterEmptyRule: Rule {
  static let description = RuleDescription(
    id: .splitterEmpty, severity: .error,
    summary: "A service-splitter must have at least one split",
    rationale: """
      Consul's Validate rejects a service-splitter whose `Splits` list is missing or empty with \
      `no splits configured`. A splitter that sends traffic nowhere has no meaning: delete the \
      entry instead.
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100 }]
        """)
    ],
    failing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = «[]»
        """),
      Example(
        """
        «kind = "service-splitter"»
        name = "web"
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).compactMap { entry, splitter in
      guard splitter.splits.orEmpty().isEmpty else { return nil }
      return Self.diagnostic(
        "service-splitter has no splits", at: splitter.splits?.valueRange ?? ConsulValidation.anchor(entry),
        help: "Consul: `no splits configured`")
    }
  }
}

extension RuleID {
  public static let splitterEmpty = RuleID("splitter-empty")
}
