import CentryCore
import CentryModel

/// `chain-external-sni-failover`: failover on the resolver of an external service.
struct ChainExternalSNIFailoverRule: Rule {
  static let description = RuleDescription(
    id: .chainExternalSNIFailover, severity: .error,
    summary: "The resolver of a service with ExternalSNI cannot define failover",
    rationale: """
      A service whose service-defaults sets `ExternalSNI` is external to the mesh. Consul \
      rejects the write with `service "ext" has an external SNI set; cannot define failover for \
      external services`.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "ext", protocol: "tcp"),
        Example.file(
          "resolver.hcl", .serviceResolver, "ext",
          """
          Failover = {
            "*" = { Datacenters = ["dc2"] }
          }
          """
        ),
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.externalService,
        Example.file(
          "resolver.hcl", .serviceResolver, "ext",
          """
          «Failover» = {
            "*" = { Datacenters = ["dc2"] }
          }
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .externalSNIFailover, in: context)
  }
}

extension ChainExternalSNIFailoverRule {
  static func text(service: String, externalSNI: SourceRange) -> ChainErrorText {
    ChainErrorReport.externalSNIText(
      service: service, externalSNI: externalSNI, consulWhat: "failover", what: "failover")
  }
}

extension RuleID {
  public static let chainExternalSNIFailover = RuleID("chain-external-sni-failover")
}
