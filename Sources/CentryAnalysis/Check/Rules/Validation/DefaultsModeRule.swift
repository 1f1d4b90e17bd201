import CentryCore
import CentryModel

/// `defaults-mode`: a proxy `Mode` other than `direct` or `transparent`.
struct DefaultsModeRule: Rule {
  static let description = RuleDescription(
    id: .defaultsMode, severity: .warning,
    summary: "service-defaults `Mode` is not `direct` or `transparent`",
    rationale: """
      The proxy mode is `""` (default), `direct` or `transparent`. Consul stores any other string in \
      a service-defaults entry without complaint, and the service's proxies do not get the mode \
      that was meant.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        Mode = "transparent"
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        Mode = «"tproxy"»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let mode = defaults.mode, !["", "direct", "transparent"].contains(mode.value) else { return nil }
      let lowered = mode.value.lowercased()
      let guess = lowered.hasPrefix("t") ? "transparent" : (lowered.hasPrefix("d") ? "direct" : nil)
      return Self.diagnostic(
        "unknown proxy mode \(ConsulValidation.code(mode.value)); expected `direct` or `transparent`",
        at: mode.valueRange, help: "Consul does not validate `Mode` in service-defaults",
        suggestion: guess.map { Suggestion("did you mean `\($0)`?", replacement: "\"\($0)\"") })
    }
  }
}

extension RuleID {
  public static let defaultsMode = RuleID("defaults-mode")
}
