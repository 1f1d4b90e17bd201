import CentryCore

/// `subset-selects-nothing`: with a catalog, a subset whose filter selects no instance.
struct SubsetSelectsNothingRule: Rule {
  static let catalog = """
    [
      {"Node": {"Node": "node-1", "Datacenter": "dc1"},
       "Service": {"ID": "web-1", "Service": "web", "Tags": ["v1"], "Meta": {"version": "v1"}},
       "Checks": [{"CheckID": "serfHealth", "Status": "passing"}]},
      {"Node": {"Node": "node-2", "Datacenter": "dc1"},
       "Service": {"ID": "web-2", "Service": "web", "Tags": ["v2"], "Meta": {"version": "v2"}},
       "Checks": [{"CheckID": "serfHealth", "Status": "critical"}]}
    ]
    """

  static let description = RuleDescription(
    id: .subsetSelectsNothing, severity: .warning,
    summary: "Subset filter selects no instance of the service catalog given with `--catalog`",
    rationale: """
      A subset whose filter matches no registered instance has no endpoints: traffic routed to it \
      fails with 503 (no healthy upstream). With `lint --catalog FILE` (the body of \
      `/v1/health/service/NAME`, or an object of such bodies by service name) centry evaluates each \
      filter, and `OnlyPassing`, the way Consul does and reports subsets that select nothing. \
      Without a catalog this rule is silent.
      """,
    passing: [
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        \(RuleExampleEntries.versionSubsets)
        """, catalog: catalog)
    ],
    failing: [
      Example(
        """
        Kind = "service-resolver"
        Name = "web"
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1" }
          v3 = { Filter = «"Service.Meta.version == v3"» }
          v2 = {
            Filter      = «"Service.Meta.version == v2"»
            OnlyPassing = true
          }
        }
        """, catalog: catalog)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    CatalogSubsets.evaluate(context).flatMap { group in
      group.filter(\.selected.isEmpty).map { subset in
        let passing = subset.onlyPassing ? " (with `OnlyPassing`)" : ""
        return Self.diagnostic(
          "subset `\(subset.name)` selects none of the \(subset.instanceCount) instances of `\(subset.service)` in the catalog\(passing)",
          at: subset.range,
          help:
            "check the filter against the instances' `Service.Meta`, `Service.Tags` and `Node` fields, or `OnlyPassing`"
        )
      }
    }
  }
}

extension RuleID {
  public static let subsetSelectsNothing = RuleID("subset-selects-nothing")
}
