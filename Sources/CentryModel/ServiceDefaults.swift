/// A `service-defaults` entry (spec core-entries §3), fields in Consul's api struct order.
public struct ServiceDefaults: Sendable, Hashable {
  public var name: Located<String>?
  /// Enterprise; Consul CE rejects it at the server (reported as `enterprise-only`).
  public var partition: Located<String>?
  /// Enterprise; Consul CE rejects it at the server (reported as `enterprise-only`).
  public var namespace: Located<String>?
  /// `tcp`, `http`, `http2`, `grpc` (lower-cased by Consul's Normalize; stored as written).
  public var `protocol`: Located<String>?
  /// `""`, `direct`, `transparent` (not validated by Consul).
  public var mode: Located<String>?
  public var transparentProxy: Located<TransparentProxyConfig>?
  /// `""`, `strict`, `permissive`.
  public var mutualTLSMode: Located<String>?
  public var meshGateway: Located<MeshGatewayConfig>?
  public var expose: Located<ExposeConfig>?
  /// `ExternalSNI` / `external_sni`.
  public var externalSNI: Located<String>?
  public var upstreamConfig: Located<UpstreamConfiguration>?
  public var destination: Located<DestinationConfig>?
  public var maxInboundConnections: Located<Int>?
  public var localConnectTimeoutMs: Located<Int>?
  public var localRequestTimeoutMs: Located<Int>?
  /// `""` or `exact_balance`.
  public var balanceInboundConnections: Located<String>?
  /// Enterprise: Consul CE rejects any value.
  public var rateLimits: Located<RateLimits>?
  public var envoyExtensions: Located<[Located<EnvoyExtension>]>?
  /// uint32, nullable; no snake alias.
  public var maxRequestHeadersKB: Located<UInt32>?
  public var meta: Located<OrderedMap<String>>?
  /// Read-only Raft indexes, accepted and ignored on write.
  public var createIndex: Located<UInt64>?
  public var modifyIndex: Located<UInt64>?
  public init() {}
}

/// `UpstreamConfig { Overrides, Defaults }` of service-defaults.
public struct UpstreamConfiguration: Sendable, Hashable {
  /// Per-upstream settings; each needs `Name`.
  public var overrides: Located<[Located<UpstreamConfig>]>?
  /// Settings for every upstream; `Name`/`Namespace`/`Partition` must be empty.
  public var defaults: Located<UpstreamConfig>?
  public init() {}
}

/// One upstream configuration (`UpstreamConfig.Defaults` or an `Overrides` element).
public struct UpstreamConfig: Sendable, Hashable {
  public var name: Located<String>?
  /// Enterprise (CE server rejects it).
  public var partition: Located<String>?
  /// Enterprise (CE server rejects it).
  public var namespace: Located<String>?
  public var peer: Located<String>?
  /// `EnvoyListenerJSON` / `envoy_listener_json`.
  public var envoyListenerJSON: Located<String>?
  /// `EnvoyClusterJSON` / `envoy_cluster_json`.
  public var envoyClusterJSON: Located<String>?
  public var `protocol`: Located<String>?
  public var connectTimeoutMs: Located<Int>?
  public var limits: Located<UpstreamLimits>?
  public var passiveHealthCheck: Located<PassiveHealthCheck>?
  public var meshGateway: Located<MeshGatewayConfig>?
  /// `""` or `exact_balance`.
  public var balanceOutboundConnections: Located<String>?
  public init() {}
}

/// `Limits` (circuit breakers); each value nullable, must be ≥ 0.
public struct UpstreamLimits: Sendable, Hashable {
  public var maxConnections: Located<Int>?
  public var maxPendingRequests: Located<Int>?
  public var maxConcurrentRequests: Located<Int>?
  public init() {}
}

/// `PassiveHealthCheck` (outlier detection).
public struct PassiveHealthCheck: Sendable, Hashable {
  public var interval: Located<GoDuration>?
  public var maxFailures: Located<UInt32>?
  /// `EnforcingConsecutive5xx` / `enforcing_consecutive_5xx`, 0–100.
  public var enforcingConsecutive5xx: Located<UInt32>?
  /// 0–100.
  public var maxEjectionPercent: Located<UInt32>?
  public var baseEjectionTime: Located<GoDuration>?
  public init() {}
}

/// `Destination { Addresses, Port }`: makes the service an external destination.
public struct DestinationConfig: Sendable, Hashable {
  public var addresses: Located<[Located<String>]>?
  public var port: Located<Int>?
  public init() {}
}

/// `RateLimits` (Enterprise).
public struct RateLimits: Sendable, Hashable {
  public var instanceLevel: Located<InstanceLevelRateLimits>?
  public init() {}
}

/// `RateLimits.InstanceLevel`.
public struct InstanceLevelRateLimits: Sendable, Hashable {
  public var requestsPerSecond: Located<Int>?
  public var requestsMaxBurst: Located<Int>?
  public var routes: Located<[Located<InstanceLevelRouteRateLimits>]>?
  public init() {}
}

/// One `RateLimits.InstanceLevel.Routes` element.
public struct InstanceLevelRouteRateLimits: Sendable, Hashable {
  public var pathExact: Located<String>?
  public var pathPrefix: Located<String>?
  public var pathRegex: Located<String>?
  public var requestsPerSecond: Located<Int>?
  public var requestsMaxBurst: Located<Int>?
  public init() {}
}
