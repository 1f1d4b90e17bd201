import CentryCore
import CentryModel

/// `filter-operator-type`: a match operator that does not apply to the selected field's type.
struct FilterOperatorTypeRule: Rule {
  static let description = RuleDescription(
    id: .filterOperatorType, severity: .error,
    summary: "Subset filter applies an operator to a field of the wrong type",
    rationale: """
      go-bexpr checks operators against the field's Go type when the filter runs: `==` needs a \
      string, number or boolean; `contains`/`in` need a string, list or map; `is empty` a string, \
      list or map; `matches` a string. `Service.Tags == v1` is a common mistake for \
      `"v1" in Service.Tags`. Values must also convert to the field's type (`Service.Port == http`).
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "\\"v1\\" in Service.Tags and Service.Port == 8080" }
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "Service.Tags «==» v1" }
          v2 = { Filter = "Service.Port «contains» \\"80\\"" }
          v3 = { Filter = "Service.Port == «http»" }
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .filterOperatorType, rule: Self.self)
  }
}

extension RuleID {
  public static let filterOperatorType = RuleID("filter-operator-type")
}
