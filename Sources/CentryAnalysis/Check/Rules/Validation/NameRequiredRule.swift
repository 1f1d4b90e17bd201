import CentryCore
import CentryModel

/// `name-required`: a service-defaults, -router, -splitter or -resolver without a `Name`.
struct NameRequiredRule: Rule {
  static let description = RuleDescription(
    id: .nameRequired, severity: .error,
    summary: "A service entry without a `Name`",
    rationale: """
      service-defaults, service-router, service-splitter and service-resolver apply to the service \
      named by `Name`; Consul's Validate fails first with `Name is required` when it is missing or \
      empty.
      """,
    passing: [
      Example(.serviceResolver, "web")
    ],
    failing: [
      Example(
        """
        «Kind = "service-router"»
        Routes = []
        """),
      Example(
        """
        Kind = "service-defaults"
        Name = «""»
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.validatable(context).compactMap { entry in
      switch entry.entry {
      case .serviceDefaults, .serviceRouter, .serviceSplitter, .serviceResolver:
        guard entry.name?.value.isEmpty ?? true else { return nil }
        return Self.diagnostic(
          "\(entry.kind.rawValue) has no `Name`", at: entry.name?.valueRange ?? ConsulValidation.anchor(entry),
          help: "Consul: `Name is required`")
      case .proxyDefaults, .unsupported:
        return nil
      }
    }
  }
}

extension RuleID {
  public static let nameRequired = RuleID("name-required")
}
