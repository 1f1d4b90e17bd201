import CentryCore
import CentryModel

/// Where a compiled chain is evaluated: the names that go into target IDs, cluster names and SNIs.
///
/// Consul compiles write-time chains with datacenter `dc1`; Consul's golden tests use the trust
/// domain below (spec envoy §2.1).
public struct ChainOptions: Sendable, Hashable {
  /// `<CA cluster id>.consul`.
  public var trustDomain: String
  public var datacenter: String
  /// Always `default` in Consul CE.
  public var namespace: String
  /// Always `default` in Consul CE.
  public var partition: String
  /// What is known about the cluster peers the entries name, by peer name (``PeerInfo``).
  public var peers: [String: PeerInfo] = [:]
  /// A proxy's per-upstream overrides (``ChainOverrides``); none for lint and explain.
  public var overrides = ChainOverrides()

  public static let defaultTrustDomain = "11111111-2222-3333-4444-555555555555.consul"
  public static let defaultDatacenter = "dc1"

  public init(
    trustDomain: String = ChainOptions.defaultTrustDomain, datacenter: String = ChainOptions.defaultDatacenter,
    namespace: String = "default", partition: String = "default"
  ) {
    self.trustDomain = trustDomain
    self.datacenter = datacenter
    self.namespace = namespace
    self.partition = partition
  }
}

/// The outcome of compiling one service's discovery chain.
///
/// Consul stops at its first error; centry keeps going where it can and reports every error it
/// finds, ``errors`` being in the order Consul's compiler would meet them (the first one is what
/// Consul would print). ``chain`` is always returned, best effort; render it only when ``errors``
/// is empty.
public struct ChainCompilation: Sendable {
  public var chain: CompiledChain
  public var errors: [ChainError]

  public init(chain: CompiledChain, errors: [ChainError]) {
    self.chain = chain
    self.errors = errors
  }

  /// True when Consul would accept the entries for this chain.
  public var isValid: Bool { errors.isEmpty }
}

/// A compiled discovery chain (spec envoy §1): pure data, ready to explain or render as Envoy.
public struct CompiledChain: Sendable {
  /// The chain's service as written in the entries (or as asked for when no entry names it).
  public var serviceName: String
  public var namespace: String
  public var partition: String
  public var datacenter: String
  public var trustDomain: String
  /// The chain protocol, lower-cased (`tcp`, `http`, `http2`, `grpc`, or any string Consul let
  /// through).
  public var `protocol`: String
  /// Where the protocol of the first recorded service came from.
  public var protocolSource: ProtocolSource
  /// Key of the first node (``ChainNode/key``).
  public var startNode: String
  /// Reachable nodes in the order they were created (start node first).
  public var nodes: [ChainNode]
  /// Targets of the resolver nodes (one Envoy cluster each), sorted by ``ChainTarget/id``;
  /// failover targets included.
  public var targets: [ChainTarget]
  /// Consul's customization hash when overrides changed the chain (``ChainOverrides``); it
  /// prefixes every cluster name as `<hash>~`.
  public var customizationHash: String?

  public init(
    serviceName: String, namespace: String, partition: String, datacenter: String, trustDomain: String,
    protocol: String, protocolSource: ProtocolSource, startNode: String, nodes: [ChainNode], targets: [ChainTarget]
  ) {
    self.serviceName = serviceName
    self.namespace = namespace
    self.partition = partition
    self.datacenter = datacenter
    self.trustDomain = trustDomain
    self.protocol = `protocol`
    self.protocolSource = protocolSource
    self.startNode = startNode
    self.nodes = nodes
    self.targets = targets
  }

  /// The node with that key.
  public func node(_ key: String) -> ChainNode? {
    // By index: `first(where:)` copies every node it passes (retains of its fields).
    for index in nodes.indices where nodes[index].key == key { return nodes[index] }
    return nil
  }

  /// The Envoy cluster name of a target of this chain: its name, behind the customization hash
  /// when there is one (Consul's `CustomizeClusterName`).
  public func clusterName(_ target: ChainTarget) -> String {
    guard let customizationHash, !customizationHash.isEmpty else { return target.name }
    return "\(customizationHash)~\(target.name)"
  }

  /// The target with that ID.
  public func target(_ id: String) -> ChainTarget? {
    for index in targets.indices where targets[index].id == id { return targets[index] }
    return nil
  }

  /// The start node.
  public var start: ChainNode? { node(startNode) }

  /// True for `http`, `http2` and `grpc`: routers and splitters are allowed, Envoy gets routes.
  public var isHTTPLike: Bool { ["http", "http2", "grpc"].contains(`protocol`) }

  /// Consul's "default chain" (spec envoy §1.4): the start node is a resolver for the service
  /// itself whose resolver entry is absent or sets nothing that matters. Such a chain gets no
  /// RouteConfiguration.
  public var isDefault: Bool {
    guard case .resolver(let node) = start, let target = target(node.targetID) else { return false }
    return node.isDefaultResolver && target.service == serviceName && target.subset == nil
  }
}

/// Where a service's protocol comes from (spec core-entries §7.3).
public enum ProtocolSource: Sendable, Hashable {
  /// `Protocol` of the service-defaults entry of that service; `range` is the `Protocol` field, or
  /// the entry's `Name` when the field is absent (then the protocol is `tcp`, consul#11457).
  case serviceDefaults(service: String, range: SourceRange, written: Bool)
  /// `Config.protocol` of proxy-defaults `global`.
  case proxyDefaults(range: SourceRange)
  /// Nothing sets it: `tcp`.
  case fallback
}

/// One node of a compiled chain.
///
/// `indirect`: a resolver node (with its load balancer and failover) is several times the size of
/// the others; boxed, each node takes only its own size in the chains lint keeps for every service.
public indirect enum ChainNode: Sendable {
  case router(RouterNode)
  case splitter(SplitterNode)
  case resolver(ResolverNode)

  /// `router:<svc>.<ns>.<partition>`, `splitter:<svc>.<ns>.<partition>` or `resolver:<target-id>`.
  public var key: String {
    switch self {
    case .router(let node): node.key
    case .splitter(let node): node.key
    case .resolver(let node): node.key
    }
  }
}

/// A router node: the user's routes in order, then the synthesized catch-all route.
public struct RouterNode: Sendable {
  public var key: String
  public var service: String
  public var routes: [ChainRoute]
  /// The router entry's `Name` (or `Kind` when unnamed).
  public var range: SourceRange

  public init(key: String, service: String, routes: [ChainRoute], range: SourceRange) {
    self.key = key
    self.service = service
    self.routes = routes
    self.range = range
  }
}

/// One route of a router node.
public struct ChainRoute: Sendable {
  /// Zero-based position in the router's `Routes`; the catch-all route has `Routes.count`.
  public var index: Int
  /// True for the catch-all route Consul appends (`PathPrefix = "/"` to the router's service).
  public var isDefault: Bool
  /// `Match.HTTP` as written; `nil` matches everything (`prefix: /`).
  public var match: ServiceRouteHTTPMatch?
  /// `Destination` as written (rewrite, timeouts, retries, headers); `nil` for none.
  public var destination: ServiceRouteDestination?
  /// Key of the node the route sends to (a splitter or a resolver).
  public var nextNode: String
  /// The route element; `nil` for the catch-all route.
  public var range: SourceRange?

  public init(
    index: Int, isDefault: Bool, match: ServiceRouteHTTPMatch?, destination: ServiceRouteDestination?,
    nextNode: String, range: SourceRange?
  ) {
    self.index = index
    self.isDefault = isDefault
    self.match = match
    self.destination = destination
    self.nextNode = nextNode
    self.range = range
  }
}

/// A splitter node after flattening: every leg ends at a resolver node.
public struct SplitterNode: Sendable {
  public var key: String
  public var service: String
  public var splits: [ChainSplit]
  /// The first hash-based (`ring_hash`/`maglev`) load balancer among the legs' resolvers; it
  /// supplies the route's hash policies.
  public var loadBalancer: LoadBalancer?
  /// The splitter entry's `Name` (or `Kind` when unnamed).
  public var range: SourceRange

  public init(key: String, service: String, splits: [ChainSplit], loadBalancer: LoadBalancer?, range: SourceRange) {
    self.key = key
    self.service = service
    self.splits = splits
    self.loadBalancer = loadBalancer
    self.range = range
  }
}

/// One leg of a (flattened) splitter.
public struct ChainSplit: Sendable {
  /// Effective weight in percent, float32 as Consul stores it (nested legs multiplied out and
  /// rounded to 0.01 at each level, spec core-entries §5.2, §7.6).
  public var weight: Float
  /// Key of the resolver node the leg sends to.
  public var nextNode: String
  /// Merged header modifiers (outer/inner as Consul merges them).
  public var requestHeaders: HTTPHeaderModifiers?
  public var responseHeaders: HTTPHeaderModifiers?
  /// The `Splits` elements the leg came from, outermost first (more than one when flattened).
  public var ranges: [SourceRange]

  public init(
    weight: Float, nextNode: String, requestHeaders: HTTPHeaderModifiers?, responseHeaders: HTTPHeaderModifiers?,
    ranges: [SourceRange]
  ) {
    self.weight = weight
    self.nextNode = nextNode
    self.requestHeaders = requestHeaders
    self.responseHeaders = responseHeaders
    self.ranges = ranges
  }

  /// The weight as Envoy's weighted-cluster integer (``SplitWeight/envoy(_:)``).
  public var envoyWeight: Int { SplitWeight.envoy(weight) }

  /// The weight as written for people: `50`, `33.33`.
  public var weightText: String { SplitWeight.format(weight) }
}

/// A resolver node: one resolved target and how to reach it.
public struct ResolverNode: Sendable {
  /// `resolver:<target-id>`.
  public var key: String
  public var targetID: String
  /// True when no resolver entry exists for the target's service (Consul synthesizes one) or the
  /// entry sets nothing that matters (spec envoy §1.4).
  public var isDefaultResolver: Bool
  /// Nanoseconds; the resolver's `ConnectTimeout`, or 5 s when unset or ≤ 0.
  public var connectTimeout: Int64
  /// Nanoseconds; the resolver's `RequestTimeout` (0 when unset). Reaches Envoy only when this
  /// node is the chain's start node.
  public var requestTimeout: Int64
  public var loadBalancer: LoadBalancer?
  public var failover: ChainFailover?
  /// The resolver entry's `Name` (or `Kind`); `nil` for a synthesized resolver.
  public var range: SourceRange?

  public init(
    key: String, targetID: String, isDefaultResolver: Bool, connectTimeout: Int64, requestTimeout: Int64,
    loadBalancer: LoadBalancer?, failover: ChainFailover?, range: SourceRange?
  ) {
    self.key = key
    self.targetID = targetID
    self.isDefaultResolver = isDefaultResolver
    self.connectTimeout = connectTimeout
    self.requestTimeout = requestTimeout
    self.loadBalancer = loadBalancer
    self.failover = failover
    self.range = range
  }
}

/// Failover of a resolver node (one level: failover targets' own failover is not followed).
public struct ChainFailover: Sendable {
  /// Target IDs, in order; the primary target itself is dropped.
  public var targets: [String]
  public var policy: ServiceResolverFailoverPolicy?
  /// The `Failover` map entry used (`v1` or `*`).
  public var range: SourceRange
  /// Where the failover names the primary target itself (dropped silently by Consul).
  public var droppedRanges: [SourceRange] = []

  public init(targets: [String], policy: ServiceResolverFailoverPolicy?, range: SourceRange) {
    self.targets = targets
    self.policy = policy
    self.range = range
  }
}

/// A resolved target: one Envoy cluster.
public struct ChainTarget: Sendable, Hashable {
  /// The fields, in one heap box shared by copies until one is written.
  ///
  /// Every chain that reaches a service holds that service's targets, and a target is about
  /// 300 bytes inline: the chains of a 10k-entry mesh held tens of megabytes of equal copies.
  /// Boxed, a chain's target list holds references, and ``ChainCompiler/compileAll(entries:options:)``
  /// shares one box per distinct target between the chains.
  private var storage: CopyOnWrite<Fields>

  private struct Fields: Hashable, Sendable {
    var id: String
    var service: String
    var subset: String?
    var namespace: String
    var partition: String
    var datacenter: String
    var peer: String?
    var name: String
    var peerIdentity: PeerIdentity?
    var externalSNI: String?
    var subsetFilter: String?
    var onlyPassing: Bool
    var meshGatewayMode: String
    var trustDomain: String
  }

  /// `[<subset>.]<service>.<namespace>.<partition>.<datacenter>` (spec envoy §2.2).
  public var id: String {
    get { storage.value.id }
    set { storage.value.id = newValue }
  }
  public var service: String {
    get { storage.value.service }
    set { storage.value.service = newValue }
  }
  public var subset: String? {
    get { storage.value.subset }
    set { storage.value.subset = newValue }
  }
  public var namespace: String {
    get { storage.value.namespace }
    set { storage.value.namespace = newValue }
  }
  public var partition: String {
    get { storage.value.partition }
    set { storage.value.partition = newValue }
  }
  public var datacenter: String {
    get { storage.value.datacenter }
    set { storage.value.datacenter = newValue }
  }
  /// Cluster peer name; peer targets are never checked.
  public var peer: String? {
    get { storage.value.peer }
    set { storage.value.peer = newValue }
  }
  /// The cluster name, which is the computed SNI (spec envoy §2.3); for a peer target
  /// `<service>.<namespace>.<peer>.external.<peer trust domain>` (``PeerInfo``).
  public var name: String {
    get { storage.value.name }
    set { storage.value.name = newValue }
  }
  /// For a peer target: the SNI, SANs and roots its cluster uses (from ``PeerInfo``).
  public var peerIdentity: PeerIdentity? {
    get { storage.value.peerIdentity }
    set { storage.value.peerIdentity = newValue }
  }
  /// `ExternalSNI` of the service's service-defaults; it replaces the TLS SNI, not the name.
  public var externalSNI: String? {
    get { storage.value.externalSNI }
    set { storage.value.externalSNI = newValue }
  }
  /// The subset's `Filter` (endpoint selection).
  public var subsetFilter: String? {
    get { storage.value.subsetFilter }
    set { storage.value.subsetFilter = newValue }
  }
  /// The subset's `OnlyPassing` (endpoint selection).
  public var onlyPassing: Bool {
    get { storage.value.onlyPassing }
    set { storage.value.onlyPassing = newValue }
  }
  /// Mesh gateway mode (service-defaults, else proxy-defaults; `""` when unset).
  public var meshGatewayMode: String {
    get { storage.value.meshGatewayMode }
    set { storage.value.meshGatewayMode = newValue }
  }
  /// The trust domain of the chain's cluster.
  public var trustDomain: String {
    get { storage.value.trustDomain }
    set { storage.value.trustDomain = newValue }
  }

  public init(
    service: String, subset: String?, namespace: String, partition: String, datacenter: String, peer: String?,
    trustDomain: String, peering: PeerInfo? = nil
  ) {
    let id = ChainTarget.id(
      service: service, subset: subset, namespace: namespace, partition: partition, datacenter: datacenter,
      peer: peer)
    let name: String
    var peerIdentity: PeerIdentity?
    if let peer, !peer.isEmpty {
      // generatePeeredClusterName: no partition label, the peer's trust domain (from the peering).
      let info = peering ?? PeerInfo(name: peer)
      let ns = namespace.isEmpty ? "default" : namespace
      name = "\(service).\(ns).\(peer).external.\(info.trustDomain ?? PeerInfo.placeholderTrustDomain(peer))"
      peerIdentity = info.identity(service: service, namespace: ns)
    } else {
      name = ChainTarget.sni(
        service: service, subset: subset, namespace: namespace, partition: partition, datacenter: datacenter,
        trustDomain: trustDomain)
    }
    storage = CopyOnWrite(
      Fields(
        id: id, service: service, subset: subset, namespace: namespace, partition: partition, datacenter: datacenter,
        peer: peer, name: name, peerIdentity: peerIdentity, externalSNI: nil, subsetFilter: nil, onlyPassing: false,
        meshGatewayMode: "", trustDomain: trustDomain))
  }

  /// The TLS SNI: the peer's for a peer target (Consul ignores `ExternalSNI` there), else
  /// ``externalSNI`` when set, else ``name``.
  public var sni: String { peerIdentity?.sni ?? externalSNI ?? name }

  /// The SANs the upstream certificate must match: the peer's for a peer target, else
  /// ``spiffeID``.
  public var subjectAltNames: [String] { peerIdentity?.subjectAltNames ?? [spiffeID] }

  /// The SPIFFE ID the upstream's certificate must carry (spec envoy §2.4; no subset).
  public var spiffeID: String {
    let partitionPart = partition == "default" ? "" : "/ap/\(partition)"
    return "spiffe://\(trustDomain)\(partitionPart)/ns/\(namespace)/dc/\(datacenter)/svc/\(service)"
  }

  /// Target ID (spec core-entries §7.8).
  public static func id(
    service: String, subset: String?, namespace: String, partition: String, datacenter: String, peer: String?
  ) -> String {
    if let peer, !peer.isEmpty { return "\(service).\(namespace).\(partition).external.\(peer)" }
    let base = "\(service).\(namespace).\(partition).\(datacenter)"
    guard let subset, !subset.isEmpty else { return base }
    return "\(subset).\(base)"
  }

  /// Consul's `ServiceSNI` (spec envoy §2.3).
  public static func sni(
    service: String, subset: String?, namespace: String, partition: String, datacenter: String, trustDomain: String
  ) -> String {
    let ns = namespace.isEmpty ? "default" : namespace
    let subsetPart = subset.map { $0.isEmpty ? "" : "\($0)." } ?? ""
    if partition.isEmpty || partition == "default" {
      return "\(subsetPart)\(service).\(ns).\(datacenter).internal.\(trustDomain)"
    }
    return "\(subsetPart)\(service).\(ns).\(partition).\(datacenter).internal-v1.\(trustDomain)"
  }
}
