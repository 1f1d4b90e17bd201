import CentryCore
import CentryModel

/// `resolver-request-timeout-ignored`: a resolver `RequestTimeout` no chain applies.
struct ResolverRequestTimeoutIgnoredRule: Rule {
  static let description = RuleDescription(
    id: .resolverRequestTimeoutIgnored, severity: .warning,
    summary: "A resolver's RequestTimeout is ignored when the service's chain starts at a router or splitter",
    rationale: """
      Consul applies a resolver's `RequestTimeout` to the Envoy route only when the chain starts \
      at that resolver. When the service has a router or splitter, the routes come from them and \
      only a route's `Destination.RequestTimeout` counts; the resolver's value is never used.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "web", protocol: "http"),
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          RequestTimeout = "10s"
          """
        ),
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "web", protocol: "http"),
        Example.file(
          "resolver.hcl", .serviceResolver, "web",
          """
          «RequestTimeout» = "10s"
          """
        ),
        Example.file(
          "router.hcl", .serviceRouter, "web",
          """
          Routes = [
            { Match { HTTP { PathPrefix = "/admin" } } },
          ]
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    // Services whose resolver is the start node of some chain of the set: the timeout is used there.
    var used: Set<String> = []
    for service in context.chainServices {
      guard let chain = context.chains[service]?.chain, case .resolver(let node) = chain.start,
        let target = chain.target(node.targetID)
      else { continue }
      used.insert(target.service.lowercasedCheaply)
    }
    var diagnostics: [Diagnostic] = []
    // Built once: a scan of every chain per resolver made this rule quadratic in the services.
    let chains = context.chainsByLowercasedName()
    for entry in context.entries.entries(of: .serviceResolver) {
      let name = entry.entry.effectiveName
      guard let timeout = entry.serviceResolver?.requestTimeout, timeout.value.nanoseconds != 0,
        !used.contains(name.lowercasedCheaply),
        let chain = chains[name.lowercasedCheaply]?.chain
      else { continue }
      let starter: String
      switch chain.start {
      case .router: starter = "router"
      case .splitter: starter = "splitter"
      case .resolver, nil: continue
      }
      diagnostics.append(
        Self.diagnostic(
          "`RequestTimeout` is ignored: the chain of `\(name)` starts at its \(starter)",
          at: timeout.keyOrValueRange,
          help: starter == "router"
            ? "set `RequestTimeout` in the `Destination` of the routes instead"
            : "a splitter's route has no timeout; to set one, route through a service-router with `Destination.RequestTimeout`"
        ))
    }
    return diagnostics
  }
}

extension RuleID {
  public static let resolverRequestTimeoutIgnored = RuleID("resolver-request-timeout-ignored")
}
