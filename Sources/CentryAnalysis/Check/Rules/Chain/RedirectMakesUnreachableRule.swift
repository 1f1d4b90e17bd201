import CentryCore
import CentryModel

/// `redirect-makes-unreachable`: settings of a resolver that redirects to another service.
struct RedirectMakesUnreachableRule: Rule {
  static let description = RuleDescription(
    id: .redirectMakesUnreachable, severity: .warning,
    summary: "A resolver that redirects to another service ignores its own subsets, timeouts and load balancer",
    rationale: """
      When a resolver's `Redirect` names a different service, Consul resolves every target of \
      this service with the other service's resolver: `Subsets`, `DefaultSubset`, \
      `ConnectTimeout`, `RequestTimeout` and `LoadBalancer` of this resolver are never used, and \
      its subsets cannot be reached (the redirect clears the subset).
      """,
    passing: [
      Example(
        .serviceResolver, "web",
        """
        Redirect { Service = "web-v2" }
        """),
      Example(
        .serviceResolver, "web",
        """
        ConnectTimeout = "3s"
        Redirect { Datacenter = "dc2" }
        """),
    ],
    failing: [
      Example(
        .serviceResolver, "web",
        """
        «ConnectTimeout» = "3s"
        «Subsets» = {
          v1 = { Filter = "Service.Meta.version == v1" }
        }
        Redirect { Service = "web-v2" }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for entry in context.entries.entries(of: .serviceResolver) {
      let service = entry.entry.effectiveName
      guard let resolver = entry.serviceResolver, let redirect = resolver.redirect,
        let target = redirect.value.service, !target.value.isEmpty, target.value.lowercased() != service.lowercased()
      else { continue }
      var ignored: [(String, SourceRange)] = []
      if let field = resolver.subsets { ignored.append(("Subsets", field.keyOrValueRange)) }
      if let field = resolver.defaultSubset { ignored.append(("DefaultSubset", field.keyOrValueRange)) }
      if let field = resolver.connectTimeout { ignored.append(("ConnectTimeout", field.keyOrValueRange)) }
      if let field = resolver.requestTimeout { ignored.append(("RequestTimeout", field.keyOrValueRange)) }
      if let field = resolver.loadBalancer { ignored.append(("LoadBalancer", field.keyOrValueRange)) }
      for (name, range) in ignored.sorted(by: { $0.1.start < $1.1.start }) {
        diagnostics.append(
          Self.diagnostic(
            "`\(name)` is ignored: the resolver of `\(service)` redirects to `\(target.value)`",
            at: range, notes: [Note("redirect to `\(target.value)`", at: target.valueRange)],
            help: "move it to the resolver of `\(target.value)` or remove it"))
      }
    }
    return diagnostics
  }
}

extension RuleID {
  public static let redirectMakesUnreachable = RuleID("redirect-makes-unreachable")
}
