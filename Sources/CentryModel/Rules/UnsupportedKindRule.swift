import CentryCore

/// `unsupported-kind`: an entry of a kind Consul knows but centry does not check yet.
public struct UnsupportedKindRule: DescribedRule {
  public static let description = RuleDescription(
    id: .unsupportedKind, severity: .warning,
    summary: "An entry of a kind Consul knows but centry does not check yet",
    rationale: """
      centry models service-defaults, proxy-defaults, service-router, service-splitter and \
      service-resolver. Entries of the other kinds Consul accepts (gateways, intentions, mesh, \
      exported-services …) are counted and kept in the set but their fields are neither decoded \
      nor validated, so a mistake in them would go unnoticed here.
      """,
    passing: [
      Example(.serviceResolver, "web")
    ],
    failing: [
      Example(
        """
        Kind = «"service-intentions"»
        Name = "web"
        Sources = [{ Name = "api", Action = "allow" }]
        """),
      Example(
        """
        Kind = «"mesh"»
        """),
    ])
}

extension RuleID {
  public static let unsupportedKind = RuleID("unsupported-kind")
}
