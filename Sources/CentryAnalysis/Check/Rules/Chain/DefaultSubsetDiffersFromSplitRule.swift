import CentryCore
import CentryModel

/// `default-subset-differs-from-split`: a splitter sends everything to one subset while the
/// resolver's `DefaultSubset` names another.
struct DefaultSubsetDiffersFromSplitRule: Rule {
  /// The splitter of both examples: the migration to `v2` is finished.
  private static let migratedSplitter = Example.file(
    "splitter.hcl", .serviceSplitter, "web",
    """
    Splits = [
      { Weight = 100, ServiceSubset = "v2" },
      { Weight = 0, ServiceSubset = "v1" },
    ]
    """
  )

  static let description = RuleDescription(
    id: .defaultSubsetDiffersFromSplit, severity: .warning,
    summary: "A splitter sends 100 % to one subset while DefaultSubset names another",
    rationale: """
      A splitter that sends all of a service's traffic to one subset usually marks a finished \
      migration. Traffic that reaches the service without passing its splitter (a failover or a \
      redirect to this service, which Consul resolves with the resolver directly) still goes to \
      `DefaultSubset`, that is, to the old version. Keeping the two in step avoids it.
      """,
    passing: [
      Example(files: [
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          DefaultSubset = "v2"
          \(RuleExampleEntries.versionSubsets)
          """
        ),
        migratedSplitter,
      ])
    ],
    failing: [
      Example(files: [
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          DefaultSubset = «"v1"»
          \(RuleExampleEntries.versionSubsets)
          """
        ),
        migratedSplitter,
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for entry in context.entries.entries(of: .serviceSplitter) {
      let service = entry.entry.effectiveName
      guard let splitter = entry.serviceSplitter,
        let defaultSubset = context.entries.resolver(for: service)?.defaultSubset, !defaultSubset.value.isEmpty
      else { continue }
      for split in splitter.splits.orEmpty() {
        let value = split.value
        let target = SubsetReferences.service(value.service, default: service)
        guard target.lowercased() == service.lowercased(), let subset = value.serviceSubset,
          !subset.value.isEmpty, subset.value != defaultSubset.value,
          SplitWeight.units(SplitWeight.normalize(value.weight?.value ?? 0)) == 10000
        else { continue }
        diagnostics.append(
          Self.diagnostic(
            "`DefaultSubset` of `\(service)` is `\(defaultSubset.value)`, but its splitter sends 100 % to `\(subset.value)`",
            at: defaultSubset.valueRange,
            notes: [Note("the split that takes all traffic", at: subset.valueRange)],
            help: "set `DefaultSubset = \"\(subset.value)\"` if the migration is finished"))
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let defaultSubsetDiffersFromSplit = RuleID("default-subset-differs-from-split")
}
