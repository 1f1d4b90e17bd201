import CentryCore
import CentryModel

/// `defaults-name-wildcard`: a service-defaults named `*`.
struct DefaultsNameWildcardRule: Rule {
  static let description = RuleDescription(
    id: .defaultsNameWildcard, severity: .error,
    summary: "A service-defaults named `*`",
    rationale: """
      service-defaults configures one service; Consul rejects the wildcard name with \
      `service-defaults name must be the name of a service, and not a wildcard`. Settings for every \
      service belong in proxy-defaults.
      """,
    passing: [
      Example(.serviceDefaults, "web")
    ],
    failing: [
      Example(
        """
        Kind = "service-defaults"
        Name = «"*"»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let name = defaults.name, name.value == "*" else { return nil }
      return Self.diagnostic(
        "service-defaults `Name` must be a service name, not `*`", at: name.valueRange,
        help: "Consul: `service-defaults name must be the name of a service, and not a wildcard`")
    }
  }
}

extension RuleID {
  public static let defaultsNameWildcard = RuleID("defaults-name-wildcard")
}
