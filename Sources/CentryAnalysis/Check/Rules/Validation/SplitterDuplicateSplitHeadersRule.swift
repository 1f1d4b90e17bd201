import CentryCore
import CentryModel

/// `splitter-duplicate-split-headers`: duplicate split destinations that Consul misses.
struct SplitterDuplicateSplitHeadersRule: Rule {
  static let description = RuleDescription(
    id: .splitterDuplicateSplitHeaders, severity: .warning,
    summary: "Two splits to the same destination, one with header modifiers",
    rationale: """
      Consul rejects two splits with the same destination, but compares `RequestHeaders` and \
      `ResponseHeaders` blocks by identity, so when either split has one the duplicate is \
      accepted. Two weighted clusters for one destination are almost always a copy-paste slip.
      """,
    passing: [
      Example(
        .serviceSplitter, "api",
        """
        Splits = [
          { Weight = 50, ServiceSubset = "v1" },
          { Weight = 50, ServiceSubset = "v2", ResponseHeaders { Set = { x-canary = "1" } } },
        ]
        """)
    ],
    failing: [
      Example(
        .serviceSplitter, "api",
        """
        Splits = [
          { Weight = 50, ServiceSubset = "v1" },
          «{ Weight = 50, ServiceSubset = "v1", ResponseHeaders { Set = { x-canary = "1" } } }»,
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.splitters(context).flatMap { entry, splitter in
      SplitKey.duplicates(splitter, name: entry.entry.effectiveName, withHeaders: true).map { first, split, key in
        Self.diagnostic(
          "split destination \(key.summary) occurs more than once", at: split.valueRange,
          notes: [Note("first split to it here", at: first.valueRange)],
          help: "Consul misses this duplicate only because a split has header modifiers")
      }
    }
  }
}

extension RuleID {
  public static let splitterDuplicateSplitHeaders = RuleID("splitter-duplicate-split-headers")
}
