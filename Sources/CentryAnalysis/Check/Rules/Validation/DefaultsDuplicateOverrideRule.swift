import CentryCore
import CentryModel

/// `defaults-duplicate-override`: two upstream overrides for the same upstream.
struct DefaultsDuplicateOverrideRule: Rule {
  static let description = RuleDescription(
    id: .defaultsDuplicateOverride, severity: .warning,
    summary: "Two `UpstreamConfig.Overrides` for the same upstream",
    rationale: """
      Consul accepts several overrides with the same `Name` and `Peer`, then keeps only the last \
      one when it builds the proxy configuration; the earlier settings are lost.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Overrides = [{ Name = "db" }, { Name = "db", Peer = "east" }] }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        UpstreamConfig { Overrides = [{ Name = "db", ConnectTimeoutMs = 100 }, «{ Name = "db", Protocol = "tcp" }»] }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults -> [Diagnostic] in
      var seen: [String: Located<UpstreamConfig>] = [:]
      return defaults.upstreamConfig?.value.overrides.orEmpty().compactMap { override in
        let name = override.value.name?.value ?? ""
        guard !name.isEmpty else { return nil }
        let key = name + "\u{0}" + (override.value.peer?.value ?? "")
        guard let first = seen[key] else {
          seen[key] = override
          return nil
        }
        return Self.diagnostic(
          "second override for upstream \(ConsulValidation.code(name)); only the last one is used",
          at: override.valueRange,
          notes: [Note("earlier override, ignored", at: first.valueRange)], help: "merge the two overrides")
      } ?? []
    }
  }
}

extension RuleID {
  public static let defaultsDuplicateOverride = RuleID("defaults-duplicate-override")
}
