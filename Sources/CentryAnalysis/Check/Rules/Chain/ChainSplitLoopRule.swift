import CentryCore
import CentryModel

/// `chain-split-loop`: splitters that send traffic back to themselves.
struct ChainSplitLoopRule: Rule {
  static let description = RuleDescription(
    id: .chainSplitLoop, severity: .error,
    summary: "Splitters must not lead back to a splitter already on the path",
    rationale: """
      A split to another service without `ServiceSubset` goes through that service's splitter. \
      When the splitters lead back to one already on the path, Consul rejects the write with \
      `detected circular reference: [splitter:a.default.default -> splitter:b.default.default -> \
      splitter:a.default.default]`. The diagnostic points at the split that closes the loop.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.httpProxyDefaults("defaults.hcl"),
        Example.file(
          "a.hcl", .serviceSplitter, "a",
          """
          Splits = [
            { Weight = 50 },
            { Weight = 50, Service = "b" },
          ]
          """
        ),
        Example.file(
          "b.hcl", .serviceSplitter, "b",
          """
          Splits = [
            { Weight = 50 },
            { Weight = 50, Service = "c" },
          ]
          """
        ),
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.httpProxyDefaults("defaults.hcl"),
        Example.file(
          "a.hcl", .serviceSplitter, "a",
          """
          Splits = [
            { Weight = 50 },
            { Weight = 50, Service = «"b"» },
          ]
          """
        ),
        Example.file(
          "b.hcl", .serviceSplitter, "b",
          """
          Splits = [
            { Weight = 50 },
            { Weight = 50, Service = «"a"» },
          ]
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .splitLoop, in: context)
  }
}

extension ChainSplitLoopRule {
  static func text(cycle: [String], splitters: [LoopSplitter]) -> ChainErrorText {
    let joined = cycle.joined(separator: " -> ")
    return ChainErrorText(
      message: "detected circular reference: [\(joined)]", summary: "splitters lead back to themselves: \(joined)",
      notes: splitters.map { Note("splitter of `\($0.service)` is part of the loop", at: $0.range) },
      help: "a splitter must not lead back to itself")
  }
}

extension RuleID {
  public static let chainSplitLoop = RuleID("chain-split-loop")
}
