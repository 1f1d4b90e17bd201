import CentryCore
import CentryModel

/// `target-enterprise-fields`: `Namespace`/`Partition` on a route destination or split.
struct TargetEnterpriseFieldsRule: Rule {
  static let description = RuleDescription(
    id: .targetEnterpriseFields, severity: .warning,
    summary: "A route destination or split with a `Namespace` or `Partition`, which Consul CE ignores",
    rationale: """
      Route destinations and splits have `Namespace` and `Partition` fields even in Consul CE, \
      which accepts them without error, but namespaces and partitions are Enterprise concepts: \
      on CE the setting has no effect beyond `default`.
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100, Namespace = "default" }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { Service = "admin", «Namespace = "ops"» } }]
        """),
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100, «partition = "p1"» }]
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    // Each field checked where it is met: a list of every destination's and split's two fields
    // first was 12 MB at 10,000 entries, most of a lint's peak for one warning rarely given.
    var diagnostics: [Diagnostic] = []
    func report(_ located: Located<String>?, _ key: String) {
      guard let field = ConsulValidation.nonEmpty(located), field.value != "default" else { return }
      diagnostics.append(
        Self.diagnostic(
          "`\(key)` is a Consul Enterprise concept; Consul CE ignores \(ConsulValidation.code(field.value))",
          at: field.range))
    }
    for (_, router) in ConsulValidation.routers(context) {
      for route in router.routes.orEmpty() {
        guard let destination = route.value.destination?.value else { continue }
        report(destination.namespace, "Namespace")
        report(destination.partition, "Partition")
      }
    }
    for (_, splitter) in ConsulValidation.splitters(context) {
      for split in splitter.splits.orEmpty() {
        report(split.value.namespace, "Namespace")
        report(split.value.partition, "Partition")
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let targetEnterpriseFields = RuleID("target-enterprise-fields")
}
