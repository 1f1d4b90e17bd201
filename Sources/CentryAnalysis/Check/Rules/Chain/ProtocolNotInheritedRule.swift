import CentryCore
import CentryModel

/// `protocol-not-inherited`: a service-defaults entry without `Protocol` hides proxy-defaults'.
struct ProtocolNotInheritedRule: Rule {
  static let description = RuleDescription(
    id: .protocolNotInherited, severity: .warning,
    summary:
      "A service-defaults without Protocol makes the discovery chain use tcp even when proxy-defaults sets a protocol",
    rationale: """
      The discovery-chain compiler takes a service's protocol from its service-defaults entry \
      when one exists, and an entry without `Protocol` means `tcp`; proxy-defaults \
      `Config.protocol` is only used for services with no service-defaults at all \
      (hashicorp/consul#11457). Routers and splitters of such a service are then rejected, and \
      its upstreams get a TCP proxy.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.httpProxyDefaults("proxy-defaults.hcl"),
        RuleExampleEntries.protocolDefaults(service: "web", protocol: "http"),
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.httpProxyDefaults("proxy-defaults.hcl"),
        (
          "defaults.hcl",
          """
          Kind = "service-defaults"
          Name = «"web"»
          MutualTLSMode = "strict"
          """
        ),
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    guard let inherited = context.entries.proxyDefaults?.configProtocol,
      !inherited.value.isEmpty, inherited.value.lowercased() != "tcp"
    else { return [] }
    var diagnostics: [Diagnostic] = []
    for entry in context.entries.entries(of: .serviceDefaults) {
      let name = entry.entry.effectiveName
      // Only the entry Consul keeps (the last one written) counts.
      guard let defaults = entry.serviceDefaults, (defaults.protocol?.value ?? "").isEmpty,
        context.entries.entry(kind: .serviceDefaults, name: name)?.range == entry.range
      else { continue }
      diagnostics.append(
        Self.diagnostic(
          "the discovery chain of `\(name)` uses protocol `tcp`, not proxy-defaults' `\(inherited.value)`: this service-defaults sets no `Protocol`",
          at: entry.place,
          notes: [Note("proxy-defaults sets `protocol` here", at: inherited.valueRange)],
          help: "add `Protocol = \"\(inherited.value.lowercased())\"` to this service-defaults"))
    }
    return diagnostics
  }
}

extension RuleID {
  public static let protocolNotInherited = RuleID("protocol-not-inherited")
}
