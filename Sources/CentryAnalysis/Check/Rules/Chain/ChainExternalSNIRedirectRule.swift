import CentryCore
import CentryModel

/// `chain-external-sni-redirect`: a redirect on the resolver of an external service.
struct ChainExternalSNIRedirectRule: Rule {
  static let description = RuleDescription(
    id: .chainExternalSNIRedirect, severity: .error,
    summary: "The resolver of a service with ExternalSNI cannot redirect",
    rationale: """
      A service whose service-defaults sets `ExternalSNI` is external to the mesh. Consul \
      checks the resolver of the final target and rejects the write with `service "ext" has an \
      external SNI set; cannot define redirects for external services`. A redirect that keeps \
      the service (only `Datacenter`, for example) is caught; one to a different service is not.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.externalService,
        Example.file(
          "resolver.hcl", .serviceResolver, "ext",
          """
          ConnectTimeout = "3s"
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
          «Redirect» { Datacenter = "dc2" }
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .externalSNIRedirect, in: context)
  }
}

extension ChainExternalSNIRedirectRule {
  static func text(service: String, externalSNI: SourceRange) -> ChainErrorText {
    ChainErrorReport.externalSNIText(
      service: service, externalSNI: externalSNI, consulWhat: "redirects", what: "a redirect")
  }
}

extension RuleID {
  public static let chainExternalSNIRedirect = RuleID("chain-external-sni-redirect")
}
