/// `chain-subset-undefined`: a route, split, redirect or failover names a subset the service's
/// resolver does not define.
struct ChainSubsetUndefinedRule: Rule {
  static let description = RuleDescription(
    id: "chain-subset-undefined", severity: .error,
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
        (
          "defaults.hcl",
          """
          Kind     = "service-defaults"
          Name     = "api"
          Protocol = "http"
          """
        ),
        (
          "resolver.hcl",
          """
          Kind = "service-resolver"
          Name = "api"
          Subsets = {
            v1 = { Filter = "Service.Meta.version == v1" }
            v2 = { Filter = "Service.Meta.version == v2" }
          }
          """
        ),
        (
          "router.hcl",
          """
          Kind = "service-router"
          Name = "api"
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
        (
          "defaults.hcl",
          """
          Kind     = "service-defaults"
          Name     = "api"
          Protocol = "http"
          """
        ),
        (
          "resolver.hcl",
          """
          Kind = "service-resolver"
          Name = "api"
          Subsets = {
            v1 = { Filter = "Service.Meta.version == v1" }
          }
          """
        ),
        (
          "router.hcl",
          """
          Kind = "service-router"
          Name = "api"
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
        (
          "splitter.hcl",
          """
          Kind = "service-splitter"
          Name = "web"
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
