import CentryAnalysis

/// Settings of `compile --to envoy` (spec envoy §2.1).
public struct EnvoyOptions: Sendable, Equatable {
  /// Consul's golden-test trust domain.
  public static let defaultTrustDomain = "11111111-2222-3333-4444-555555555555.consul"
  public static let defaultDatacenter = "dc1"

  /// `<CA cluster id>.consul`: the last part of every SNI and the SPIFFE authority.
  public var trustDomain: String
  /// The local datacenter of the proxy (and of targets that name none).
  public var datacenter: String
  /// Which Consul release's output to reproduce where releases differ (spec envoy §6).
  public var consul: ConsulVersion
  /// The service whose proxy receives the resources (`--for`): its service-defaults
  /// `UpstreamConfig` applies to the upstreams. `nil`: no downstream configuration, as in
  /// Consul's xDS golden tests.
  public var downstream: String?
  /// What is known about cluster peers (`--peer`, or a Consul agent's peerings), by name.
  public var peers: [String: PeerInfo]

  public init(
    trustDomain: String = EnvoyOptions.defaultTrustDomain, datacenter: String = EnvoyOptions.defaultDatacenter,
    consul: ConsulVersion = .newest, downstream: String? = nil, peers: [String: PeerInfo] = [:]
  ) {
    self.trustDomain = trustDomain
    self.datacenter = datacenter
    self.consul = consul
    self.downstream = downstream
    self.peers = peers
  }
}

extension EnvoyOptions {
  /// Where the chains of the run are compiled for this output: the trust domain, datacenter and
  /// peers (the same for the chain rules and the resources).
  public var chainOptions: ChainOptions {
    var options = ChainOptions(trustDomain: trustDomain, datacenter: datacenter)
    options.peers = peers
    return options
  }
}

/// Why `compile --to envoy` could not produce output.
public struct EnvoyFailure: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
