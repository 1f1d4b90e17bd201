import CentryCore
import CentryModel

/// `chain-subset-undefined`: a route, split, redirect or failover names a subset the service's
/// resolver does not define.
struct ChainSubsetUndefinedRule: Rule {
  static let description = RuleDescription(
    id: .chainSubsetUndefined, severity: .error,
    summary: "A subset named by a route, split, redirect or failover must be defined by that service's resolver",
    rationale: """
      Consul resolves every target of the chain against the resolver of its service; a subset \
      the resolver does not list in `Subsets` fails the write with `service "api" does not have \
      a subset named "v2"`. A service with no resolver has no subsets. Consul reports the first \
      one it meets; centry reports every reference. When the resolver exists but was not given, \
      add its file to the call.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "api", protocol: "http"),
        Example.file(
          "resolver.hcl", .serviceResolver, "api",
          """
          \(RuleExampleEntries.versionSubsets)
          """
        ),
        Example.file(
          "router.hcl", .serviceRouter, "api",
          """
          Routes = [
            {
              Match { HTTP { PathPrefix = "/v2/" } }
              Destination { ServiceSubset = "v2" }
            },
          ]
          """
        ),
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "api", protocol: "http"),
        Example.file(
          "resolver.hcl", .serviceResolver, "api",
          """
          Subsets = {
            v1 = { Filter = "Service.Meta.version == v1" }
          }
          """
        ),
        Example.file(
          "router.hcl", .serviceRouter, "api",
          """
          Routes = [
            {
              Match { HTTP { PathPrefix = "/v2/" } }
              Destination { ServiceSubset = «"v2"» }
            },
          ]
          """
        ),
      ]),
      Example(files: [
        Example.file(
          "splitter.hcl", .serviceSplitter, "web",
          """
          Splits = [
            { Weight = 90, ServiceSubset = «"v1"» },
            { Weight = 10, ServiceSubset = «"v2"» },
          ]
          """
        )
      ]),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .subsetUndefined, in: context)
  }
}

extension ChainSubsetUndefinedRule {
  static func text(service: String, subset: String, resolver: SubsetOwner) -> ChainErrorText {
    let note: Note
    switch resolver {
    case .defines(let names, let range):
      note = Note(
        "the service-resolver of `\(service)` defines \(names.map { "`\($0)`" }.joined(separator: ", "))", at: range)
    case .definesNone(let range):
      note = Note("the service-resolver of `\(service)` defines no subsets", at: range)
    case .absent:
      note = Note(
        "no service-resolver for `\(service)` in the inputs, so it has no subsets; if one exists, add its file to the call"
      )
    }
    return ChainErrorText(
      message: "service \(GoFormat.quote(service)) does not have a subset named \(GoFormat.quote(subset))",
      summary: "`\(service)` has no subset `\(subset)`", notes: [note],
      help: "define `\(subset)` in the `Subsets` of the service-resolver for `\(service)`")
  }
}

extension RuleID {
  public static let chainSubsetUndefined = RuleID("chain-subset-undefined")
}
