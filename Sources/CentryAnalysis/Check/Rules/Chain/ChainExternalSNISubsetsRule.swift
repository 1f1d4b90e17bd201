import CentryCore
import CentryModel

/// `chain-external-sni-subsets`: subsets on the resolver of an external service.
struct ChainExternalSNISubsetsRule: Rule {
  static let description = RuleDescription(
    id: .chainExternalSNISubsets, severity: .error,
    summary: "The resolver of a service with ExternalSNI cannot define subsets",
    rationale: """
      A service whose service-defaults sets `ExternalSNI` is external to the mesh and has no \
      instances to filter. Consul rejects the write with `service "ext" has an external SNI set; \
      cannot define subsets for external services`.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "ext", protocol: "tcp"),
        Example.file(
          "resolver.hcl", .serviceResolver, "ext",
          """
          Subsets = {
            v1 = { Filter = "Service.Meta.version == v1" }
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
          «Subsets» = {
            v1 = { Filter = "Service.Meta.version == v1" }
          }
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .externalSNISubsets, in: context)
  }
}

extension ChainExternalSNISubsetsRule {
  static func text(service: String, externalSNI: SourceRange) -> ChainErrorText {
    ChainErrorReport.externalSNIText(
      service: service, externalSNI: externalSNI, consulWhat: "subsets", what: "subsets")
  }
}

extension RuleID {
  public static let chainExternalSNISubsets = RuleID("chain-external-sni-subsets")
}
