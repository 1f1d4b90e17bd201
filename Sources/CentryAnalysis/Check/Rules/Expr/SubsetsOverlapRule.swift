import CentryCore

/// `subsets-overlap`: with a catalog, two filtered subsets that select the same instance.
struct SubsetsOverlapRule: Rule {
  static let description = RuleDescription(
    id: .subsetsOverlap, severity: .warning,
    summary: "Two subset filters select the same instance of the service catalog",
    rationale: """
      Subsets are usually meant to partition a service (versions, canaries). When two filters both \
      select an instance, traffic split between the subsets reaches it through both, and weights \
      no longer mean what they say. Subsets without a filter (all instances) are not compared. \
      Needs `lint --catalog FILE`.
      """,
    // The same catalog and its v1/v2 partition, where every subset selects exactly one instance.
    passing: SubsetSelectsNothingRule.description.passing,
    failing: [
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        Subsets = {
          v1  = { Filter = "Service.Meta.version == v1" }
          dc1 = { Filter = «"Node.Datacenter == dc1"» }
        }
        """, catalog: SubsetSelectsNothingRule.catalog)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for group in CatalogSubsets.evaluate(context) {
      let filtered = group.filter { $0.filter != nil }
      for (index, later) in filtered.enumerated() {
        for earlier in filtered.prefix(index) {
          let shared = later.selected.filter(earlier.selected.contains)
          guard !shared.isEmpty else { continue }
          diagnostics.append(
            Self.diagnostic(
              "subsets `\(earlier.name)` and `\(later.name)` both select \(CatalogSubsets.names(shared, service: later.service, in: context.catalog))",
              at: later.range, notes: [Note("subset `\(earlier.name)` is defined here", at: earlier.range)],
              help: "make the filters exclusive, for example with `and not …`"))
          break  // One report per subset is enough.
        }
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let subsetsOverlap = RuleID("subsets-overlap")
}
