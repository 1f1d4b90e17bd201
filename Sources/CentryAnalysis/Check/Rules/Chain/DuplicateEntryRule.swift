import CentryCore
import CentryModel

/// `duplicate-entry`: two inputs define the same entry.
struct DuplicateEntryRule: Rule {
  static let description = RuleDescription(
    id: .duplicateEntry, severity: .error,
    summary: "Two inputs define the same config entry (same kind and name, ignoring case)",
    rationale: """
      Consul stores config entries under their kind and lower-cased name: writing the second \
      one replaces the first, so only the last one written takes effect and the other is lost \
      silently. centry judges the set as Consul would hold it (the later entry wins), and \
      reports the earlier one as overwritten.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults("web.hcl", service: "web", protocol: "http"),
        Example.file("web-resolver.hcl", .serviceResolver, "web"),
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults("web.hcl", service: "web", protocol: "http"),
        (
          "web-copy.hcl",
          """
          Kind     = "service-defaults"
          Name     = «"Web"»
          Protocol = "grpc"
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for group in context.entries.duplicates {
      for (index, later) in group.enumerated().dropFirst() {
        let earlier = group[index - 1]
        let laterName = later.entry.effectiveName
        let sameCase = laterName == earlier.entry.effectiveName
        diagnostics.append(
          Self.diagnostic(
            "`\(later.kind.rawValue)` `\(laterName)` is defined more than once",
            at: later.place,
            notes: [
              Note(
                "the earlier `\(earlier.entry.effectiveName)`, which this one replaces", at: earlier.place
              )
            ],
            help: sameCase
              ? "Consul keeps only the last entry written; remove one of them"
              : "Consul stores names ignoring case, so these are the same entry and the last one written wins; remove one of them"
          ))
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let duplicateEntry = RuleID("duplicate-entry")
}
