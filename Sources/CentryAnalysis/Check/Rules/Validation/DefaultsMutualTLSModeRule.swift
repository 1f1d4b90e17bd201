import CentryCore
import CentryModel

/// `defaults-mutual-tls-mode`: a `MutualTLSMode` other than `strict` or `permissive`.
struct DefaultsMutualTLSModeRule: Rule {
  static let description = RuleDescription(
    id: .defaultsMutualTLSMode, severity: .error,
    summary: "`MutualTLSMode` is not `strict` or `permissive`",
    rationale: """
      Consul accepts `""`, `strict` and `permissive` (case-sensitive) and otherwise fails with \
      `Invalid MutualTLSMode "optional". Must be one of "", "strict", or "permissive".`, discarding \
      every other error it found in the entry.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        MutualTLSMode = "strict"
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        MutualTLSMode = «"optional"»
        """),
      Example(
        """
        kind = "service-defaults"
        name = "web"
        mutual_tls_mode = «"Strict"»
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let mode = defaults.mutualTLSMode, !["", "strict", "permissive"].contains(mode.value) else { return nil }
      let lowered = mode.value.lowercased()
      let suggestion =
        ["strict", "permissive"].contains(lowered)
        ? Suggestion("did you mean `\(lowered)`?", replacement: "\"\(lowered)\"") : nil
      return Self.diagnostic(
        "`MutualTLSMode` must be `strict` or `permissive`, not \(ConsulValidation.code(mode.value))",
        at: mode.valueRange,
        help:
          "Consul: `Invalid MutualTLSMode \(ConsulValidation.quote(mode.value)). Must be one of \"\", \"strict\", or \"permissive\".`",
        suggestion: suggestion)
    }
  }
}

extension RuleID {
  public static let defaultsMutualTLSMode = RuleID("defaults-mutual-tls-mode")
}
