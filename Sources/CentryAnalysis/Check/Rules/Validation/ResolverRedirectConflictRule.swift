import CentryCore
import CentryModel

/// `resolver-redirect-conflict`: redirect fields that cannot be combined, or that need `Service`.
struct ResolverRedirectConflictRule: Rule {
  static let description = RuleDescription(
    id: .resolverRedirectConflict, severity: .error,
    summary: "A `Redirect` combining fields Consul forbids together, or a subset or peer without `Service`",
    rationale: """
      Consul rejects a redirect whose `Peer` or `SamenessGroup` is combined with `ServiceSubset`, \
      `Partition` or `Datacenter` (`Redirect.Peer cannot be set with Redirect.Datacenter` …), and \
      one that sets `ServiceSubset`, `Namespace`, `Partition` or `Peer` without `Service` \
      (`Redirect.ServiceSubset defined without Redirect.Service` …). Consul reports the first \
      problem; centry reports every one.
      """,
    passing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect { Service = "db", Peer = "east" }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "legacy-db",
        """
        Redirect {
          Service = "db"
          Peer = "east"
          «Datacenter = "dc2"»
        }
        """),
      Example(
        """
        kind = "service-resolver"
        name = "legacy-db"
        redirect { «service_subset = "v1"» }
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver -> [Diagnostic] in
      guard let redirect = resolver.redirect?.value else { return [] }
      var found: [Diagnostic] = []
      func pair(_ a: Located<String>?, _ aKey: String, _ b: Located<String>?, _ bKey: String, _ consul: String) {
        guard let a = ConsulValidation.nonEmpty(a), let b = ConsulValidation.nonEmpty(b) else { return }
        let at = ConsulValidation.later(a.range, b.range)
        let other = at == a.range ? (b, bKey) : (a, aKey)
        found.append(
          Self.diagnostic(
            "redirect `\(aKey)` cannot be combined with `\(bKey)`", at: at,
            notes: [Note("`\(other.1)` is set here", at: other.0.range)], help: "Consul: `\(consul)`"))
      }
      pair(
        redirect.samenessGroup, "SamenessGroup", redirect.serviceSubset, "ServiceSubset",
        "Redirect.SamenessGroup cannot be set with Redirect.ServiceSubset")
      pair(
        redirect.samenessGroup, "SamenessGroup", redirect.partition, "Partition",
        "Redirect.Partition cannot be set with Redirect.SamenessGroup")
      pair(
        redirect.samenessGroup, "SamenessGroup", redirect.datacenter, "Datacenter",
        "Redirect.SamenessGroup cannot be set with Redirect.Datacenter")
      pair(
        redirect.peer, "Peer", redirect.serviceSubset, "ServiceSubset",
        "Redirect.Peer cannot be set with Redirect.ServiceSubset")
      pair(
        redirect.peer, "Peer", redirect.partition, "Partition", "Redirect.Partition cannot be set with Redirect.Peer")
      pair(
        redirect.peer, "Peer", redirect.datacenter, "Datacenter", "Redirect.Peer cannot be set with Redirect.Datacenter"
      )
      if !ConsulValidation.isSet(redirect.service) {
        let needsService = [
          (redirect.serviceSubset, "ServiceSubset"), (redirect.namespace, "Namespace"),
          (redirect.partition, "Partition"),
          (redirect.peer, "Peer"),
        ]
        for (field, key) in needsService {
          guard let field = ConsulValidation.nonEmpty(field) else { continue }
          found.append(
            Self.diagnostic(
              "redirect `\(key)` needs a redirect `Service`", at: field.range,
              help: "Consul: `Redirect.\(key) defined without Redirect.Service`"))
        }
      }
      return found
    }
  }
}

extension RuleID {
  public static let resolverRedirectConflict = RuleID("resolver-redirect-conflict")
}
