import CentryCore
import CentryModel

/// `hash-policies-unused`: resolver hash policies on a service whose chain is not HTTP-like.
struct HashPoliciesUnusedRule: Rule {
  static let description = RuleDescription(
    id: .hashPoliciesUnused, severity: .warning,
    summary: "LoadBalancer.HashPolicies do nothing for a service whose discovery chain is tcp",
    rationale: """
      Hash policies are attached to Envoy routes, and only HTTP-like chains (`http`, `http2`, \
      `grpc`) get routes; a `tcp` chain uses a TCP proxy to a single cluster. The policies are \
      accepted and ignored, so `ring_hash` or `maglev` then hash without a key. The protocol is \
      the one the discovery chain sees (service-defaults, else proxy-defaults, else `tcp`).
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "web", protocol: "http"),
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          LoadBalancer {
            Policy       = "ring_hash"
            HashPolicies = [{ Field = "header", FieldValue = "x-user" }]
          }
          """
        ),
      ])
    ],
    failing: [
      Example(files: [
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          LoadBalancer {
            Policy       = "ring_hash"
            «HashPolicies» = [{ Field = "header", FieldValue = "x-user" }]
          }
          """
        )
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // Built once: a scan of every chain per resolver made this rule quadratic in the services.
    let chains = context.chainsByLowercasedName()
    for entry in context.entries.entries(of: .serviceResolver) {
      let name = entry.entry.effectiveName
      guard let policies = entry.serviceResolver?.loadBalancer?.value.hashPolicies, !policies.value.isEmpty,
        entry.serviceResolver?.redirect == nil,
        let chain = chains[name.lowercasedCheaply]?.chain,
        !chain.isHTTPLike
      else { continue }
      diagnostics.append(
        Self.diagnostic(
          "`HashPolicies` of `\(name)` are unused: its discovery chain has protocol `\(chain.protocol)`",
          at: policies.keyOrValueRange,
          help:
            "set `Protocol = \"http\"` (or `http2`, `grpc`) in the service-defaults of `\(name)`, or remove the hash policies"
        ))
    }
    return diagnostics
  }
}

extension RuleID {
  public static let hashPoliciesUnused = RuleID("hash-policies-unused")
}
