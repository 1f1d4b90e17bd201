import CentryCore
import CentryModel

/// `filter-unknown-selector`: a filter selector that does not exist on the health-service result.
struct FilterUnknownSelectorRule: Rule {
  static let description = RuleDescription(
    id: .filterUnknownSelector, severity: .error,
    summary: "Subset filter uses a selector that does not exist on service instances",
    rationale: """
      Consul only parses subset filters when the entry is written; it evaluates them later against \
      `/v1/health/service` results (`Node`, `Service`, `Checks`), where an unknown field fails the \
      query and the subset ends up with no endpoints. Field names are case-sensitive, and a list is \
      reached by index only: `Checks.Status` fails, `any Checks as c { c.Status == passing }` or \
      `Checks.0.Status` work.
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1 and Node.Meta[\\"rack-id\\"] == r1" }
          ok = { Filter = "any Checks as c { c.Status == passing }" }
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "web",
        """
        Subsets = {
          v1 = { Filter = "Service.«Metaa».version == v1" }
          v2 = { Filter = "«service».Meta.version == v2" }
          ok = { Filter = "Checks.«Status» == passing" }
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ExpressionSites.diagnostics(context, kind: .filterUnknownSelector, rule: Self.self)
  }
}

extension RuleID {
  public static let filterUnknownSelector = RuleID("filter-unknown-selector")
}
