import CentryCore
import CentryModel

/// `subset-unused`: a resolver subset nothing in the set sends traffic to.
struct SubsetUnusedRule: Rule {
  static let description = RuleDescription(
    id: .subsetUnused, severity: .warning,
    summary: "A resolver subset is not used by any route, split, default subset, redirect or failover",
    rationale: """
      Subsets only receive traffic when something names them: a route or split `ServiceSubset`, \
      the resolver's `DefaultSubset`, a redirect or a failover. An unused subset is often a typo \
      or a leftover of a finished migration. Consul does not check references. To avoid false \
      alarms when the routing entries live elsewhere, the rule runs only for services that a \
      router or splitter of the inputs sends traffic to.
      """,
    passing: [
      Example(files: [
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          DefaultSubset = "v1"
          \(RuleExampleEntries.versionSubsets)
          """
        ),
        Example.file(
          "splitter.hcl", .serviceSplitter, "web",
          """
          Splits = [
            { Weight = 90 },
            { Weight = 10, ServiceSubset = "v2" },
          ]
          """
        ),
      ]),
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1" }
        }
        """),
    ],
    failing: [
      Example(files: [
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          DefaultSubset = "v1"
          Subsets = {
            v1 = { Filter = "Service.Meta.version == v1" }
            «v3» = { Filter = "Service.Meta.version == v3" }
          }
          """
        ),
        Example.file(
          "splitter.hcl", .serviceSplitter, "web",
          """
          Splits = [
            { Weight = 100 },
          ]
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    let references = SubsetReferences(context)
    var diagnostics: [Diagnostic] = []
    for entry in context.entries.entries(of: .serviceResolver) {
      let service = entry.entry.effectiveName
      guard let resolver = entry.serviceResolver, references.isRouted(service),
        context.entries.entry(kind: .serviceResolver, name: service)?.range == entry.range
      else { continue }
      for subset in resolver.subsets.orEmpty() where !references.isUsed(service: service, subset: subset.key) {
        diagnostics.append(
          Self.diagnostic(
            "subset `\(subset.key)` of `\(service)` is never used",
            at: subset.keyRange,
            help:
              "send traffic to it (a route or split `ServiceSubset`, `DefaultSubset`, a redirect or failover) or remove it"
          ))
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let subsetUnused = RuleID("subset-unused")
}
