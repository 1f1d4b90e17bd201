import CentryAnalysis
import CentryModel

/// The notes `compile --to envoy` prints on stderr: which values of the output are placeholders
/// for runtime data, and which settings of the inputs the resources cannot show.
struct EnvoyNotes {
  let options: EnvoyOptions
  let entries: EntrySet
  /// Peers that targets of the rendered chains reach, by name.
  private var usedPeers: Set<String> = []
  /// Upstream services whose settings reach only the listener, by setting.
  private var listenerOnly: [String: [String]] = [:]

  init(options: EnvoyOptions, entries: EntrySet) {
    self.options = options
    self.entries = entries
  }

  mutating func record(_ chain: CompiledChain, upstream: ResolvedUpstreamConfig?) {
    for target in chain.targets {
      if let peer = target.peer { usedPeers.insert(peer) }
    }
    guard let upstream else { return }
    if upstream.balanceOutboundConnections != nil {
      listenerOnly["`BalanceOutboundConnections` (the upstream listener's `connection_balance_config`)", default: []]
        .append(chain.serviceName)
    }
    if upstream.hasEscapeHatch {
      listenerOnly["`EnvoyClusterJSON` (an escape hatch that replaces the cluster of a default chain)", default: []]
        .append(chain.serviceName)
    }
  }

  var lines: [String] {
    var out: [String] = []
    for name in usedPeers.sorted() {
      let info = options.peers[name] ?? PeerInfo(name: name)
      let missing = info.missingValues
      guard !missing.isEmpty else { continue }
      var placeholders: [String] = []
      if info.trustDomain == nil { placeholders.append(PeerInfo.placeholderTrustDomain(name)) }
      if info.datacenter == nil { placeholders.append(PeerInfo.placeholderDatacenter(name)) }
      out.append(
        "peer `\(name)`: its \(missing.joined(separator: " and ")) \(missing.count == 1 ? "is" : "are") not known, so the cluster names, SNIs and SANs of its targets use \(placeholders.joined(separator: " and ")); pass --peer \(name)=TRUST_DOMAIN@DC"
      )
    }
    for name in options.peers.keys.sorted() where !usedPeers.contains(name) {
      out.append("--peer \(name): no target of the rendered chains is at peer `\(name)`")
    }
    if let downstream = options.downstream, entries.serviceDefaults(named: downstream) == nil {
      out.append(
        "--for \(downstream): no service-defaults for `\(downstream)` in the inputs, so only proxy-defaults settings reach its upstreams"
      )
    }
    for (setting, services) in listenerOnly.sorted(by: { $0.key < $1.key }) {
      let names = services.map { "`\($0)`" }.joined(separator: ", ")
      out.append("the upstream configuration of \(names) sets \(setting), which centry does not render")
    }
    return out
  }
}
