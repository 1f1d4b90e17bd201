import CentryCore
import CentryModel

/// `filter-meta-key`: a filter compares a metadata key Consul never stores.
struct FilterMetaKeyRule: Rule {
  static let description = RuleDescription(
    id: .filterMetaKey, severity: .warning,
    summary: "Subset filter reads a metadata key that Consul never accepts",
    rationale: """
      Consul validates `Service.Meta` and `Node.Meta` keys when services and nodes register: only \
      letters, digits, `-` and `_`, at most 128 characters. A filter on any other key (often a \
      mistyped `Meta["app.version"]`) can never match a registered instance.
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = { v1 = { Filter = "Service.Meta[\\"app-version\\"] == v1" } }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = { v1 = { Filter = "Service.Meta[«\\"app.version\\"»] == v1" } }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .filterMetaKey, rule: Self.self)
  }
}

extension RuleID {
  public static let filterMetaKey = RuleID("filter-meta-key")
}
