import CentryCore
import CentryModel
import CentrySyntax

/// `filter-syntax`: a subset `Filter` that go-bexpr cannot parse.
struct FilterSyntaxRule: Rule {
  static let description = RuleDescription(
    id: .filterSyntax, severity: .error,
    summary: "Subset filter is not a valid go-bexpr expression",
    rationale: """
      Consul parses every service-resolver subset `Filter` with go-bexpr and rejects the entry when \
      it does not parse (`Filter for subset "v1" is not a valid expression`). centry parses the same \
      grammar and points at the first offending token: `==` not `=`, `and`/`or` not `&&`/`||`, values \
      that are not single words must be quoted, and `in` takes the value first (`"v1" in Service.Tags`).
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1" }
          v2 = { Filter = "\\"v2\\" in Service.Tags and Service.Meta.canary != true" }
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "Service.Meta.version «=» v1" }
          v2 = { Filter = "Service.Meta.version == v2 «&&» Node.Datacenter == dc1" }
        }
        """),
      Example(
        """
        {
          "Kind": "service-resolver",
          "Name": "web",
          "Subsets": { "v1": { "Filter": "Service.Meta.version == «my-value»" } }
        }
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .filterSyntax, rule: Self.self)
  }
}

extension RuleID {
  public static let filterSyntax = RuleID("filter-syntax")
}
