import CentryCore
import CentryModel

/// `chain-redirect-loop`: resolver redirects that lead back to a target already visited.
struct ChainRedirectLoopRule: Rule {
  static let description = RuleDescription(
    id: .chainRedirectLoop, severity: .error,
    summary: "Resolver redirects must not form a loop",
    rationale: """
      Consul follows `Redirect` from resolver to resolver while compiling a chain and rejects \
      the write with `detected circular resolver redirect: [a.default.default.dc1 -> \
      b.default.default.dc1 -> a.default.default.dc1]` when a target comes back. The diagnostic \
      points at the redirect that closes the loop of each chain.
      """,
    passing: [
      Example(files: [
        Example.file(
          "a.hcl", .serviceResolver, "a",
          """
          Redirect { Service = "b" }
          """
        ),
        Example.file(
          "b.hcl", .serviceResolver, "b",
          """
          ConnectTimeout = "3s"
          """
        ),
      ])
    ],
    failing: [
      Example(files: [
        Example.file(
          "a.hcl", .serviceResolver, "a",
          """
          «Redirect» { Service = "b" }
          """
        ),
        Example.file(
          "b.hcl", .serviceResolver, "b",
          """
          «Redirect» { Service = "a" }
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .redirectLoop, in: context)
  }
}

extension ChainRedirectLoopRule {
  static func text(path: [String], redirects: [SourceRange]) -> ChainErrorText {
    let joined = path.joined(separator: " -> ")
    return ChainErrorText(
      message: "detected circular resolver redirect: [\(joined)]", summary: "resolver redirects form a loop: \(joined)",
      notes: redirects.dropLast().map { Note("redirect in the loop", at: $0) },
      help: "break the loop: one of these resolvers must not redirect")
  }
}

extension RuleID {
  public static let chainRedirectLoop = RuleID("chain-redirect-loop")
}
