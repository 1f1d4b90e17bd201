import CentryCore

// service-defaults (api `ServiceConfigEntry`; spec core-entries §3).

extension ServiceDefaults {
  public static let schema = StructSchema<Self>(
    "ServiceConfigEntry", kind: .serviceDefaults,
    summary: "Defaults for every instance of one service: its protocol, proxy mode and upstream settings.",
    [
      .name("The name of the service the defaults apply to."),
      .partition,
      .namespace,
      Field(
        "Protocol", \.protocol, .string, default: "tcp",
        "The service's protocol: `tcp`, `http`, `http2` or `grpc`; routers, splitters and L7 intentions need L7."),
      Field(
        "Mode", \.mode, .string, "`direct` or `transparent`: how the proxy directs inbound and outbound traffic."),
      Field(
        "TransparentProxy", \.transparentProxy, .object, alias: "transparent_proxy", json: .pointer,
        "Settings for proxies in transparent mode."),
      Field(
        "MutualTLSMode", \.mutualTLSMode, .string, alias: "mutual_tls_mode",
        "`strict` or `permissive`: whether incoming traffic must use mutual TLS; empty inherits proxy-defaults."),
      Field(
        "MeshGateway", \.meshGateway, .object, alias: "mesh_gateway",
        "The default mesh gateway mode for the service's upstreams."),
      Field(
        "Expose", \.expose, .object,
        "HTTP paths exposed through Envoy for callers outside the mesh, such as health checks."),
      Field(
        "ExternalSNI", \.externalSNI, .string, alias: "external_sni",
        "The TLS server name (SNI) to use when federating with an external system."),
      Field(
        "UpstreamConfig", \.upstreamConfig, .object, alias: "upstream_config", json: .pointer,
        "Default settings for every upstream of the service, and overrides for single upstreams."),
      Field(
        "Destination", \.destination, .object, json: .pointer,
        "Makes the service an external destination reached through a terminating gateway (transparent proxies)."),
      Field(
        "MaxInboundConnections", \.maxInboundConnections, .int, alias: "max_inbound_connections", default: "0",
        "The most concurrent inbound connections to each service instance; 0 is no limit."),
      Field(
        "LocalConnectTimeoutMs", \.localConnectTimeoutMs, .int, alias: "local_connect_timeout_ms", default: "5000",
        "Milliseconds allowed to connect to the local application instance."),
      Field(
        "LocalRequestTimeoutMs", \.localRequestTimeoutMs, .int, alias: "local_request_timeout_ms",
        "Milliseconds allowed for an HTTP request to the local application; 0 keeps Envoy's 15s."),
      Field(
        "BalanceInboundConnections", \.balanceInboundConnections, .string, alias: "balance_inbound_connections",
        "`exact_balance` spreads inbound connections evenly across Envoy's threads."),
      Field(
        "RateLimits", \.rateLimits, .object, alias: "rate_limits", json: .pointer, enterprise: .yes,
        "Instance-level limits on the rate of requests to the service."),
      Field(
        "EnvoyExtensions", \.envoyExtensions, .list(.object), alias: "envoy_extensions",
        "Extensions that modify the Envoy configuration of the service's proxies."),
      Field(
        "MaxRequestHeadersKB", \.maxRequestHeadersKB, .uint32, json: JSONRule.pointer.after("ModifyIndex"),
        crd: .omitted, default: "60", "The largest request headers, in kilobytes, that Envoy accepts."),
      .meta,
      .createIndex,
      .modifyIndex,
    ])
}

extension UpstreamConfiguration: Described {
  public static let schema = StructSchema<Self>(
    "UpstreamConfiguration", summary: "Settings for the service's upstreams.",
    [
      Field("Overrides", \.overrides, .list(.object), "Settings for single upstreams, overriding the defaults."),
      Field("Defaults", \.defaults, .object, json: .pointer, "Settings for every upstream of the service."),
    ])
}

extension UpstreamConfig: Described {
  public static let schema = StructSchema<Self>(
    "UpstreamConfig", summary: "Settings for connections to one upstream, or to every upstream (Defaults).",
    [
      Field("Name", \.name, .string, "The upstream service an override applies to; empty in Defaults."),
      Field("Partition", \.partition, .string, enterprise: .rejectedByCE, "The upstream's admin partition."),
      Field("Namespace", \.namespace, .string, enterprise: .rejectedByCE, "The upstream's namespace."),
      Field("Peer", \.peer, .string, "The cluster peer the upstream service is imported from."),
      Field(
        "EnvoyListenerJSON", \.envoyListenerJSON, .string, alias: "envoy_listener_json",
        "A complete Envoy listener, as JSON, replacing the one Consul generates (escape hatch)."),
      Field(
        "EnvoyClusterJSON", \.envoyClusterJSON, .string, alias: "envoy_cluster_json",
        "A complete Envoy cluster, as JSON, replacing the one Consul generates (escape hatch)."),
      Field(
        "Protocol", \.protocol, .string,
        "The protocol for requests to the upstream; the upstream's own service-defaults Protocol is preferred."),
      Field(
        "ConnectTimeoutMs", \.connectTimeoutMs, .int, alias: "connect_timeout_ms", default: "5000",
        "Milliseconds allowed to connect to the upstream."),
      Field(
        "Limits", \.limits, .object, json: .pointer,
        "Circuit-breaker limits on connections and requests to the upstream."),
      Field(
        "PassiveHealthCheck", \.passiveHealthCheck, .object, alias: "passive_health_check", json: .pointer,
        "Outlier detection: takes upstream hosts that keep failing out of the load balancer."),
      Field("MeshGateway", \.meshGateway, .object, alias: "mesh_gateway", "The mesh gateway mode for the upstream."),
      Field(
        "BalanceOutboundConnections", \.balanceOutboundConnections, .string, alias: "balance_outbound_connections",
        "`exact_balance` spreads outbound connections evenly across Envoy's threads."),
    ])
}

extension UpstreamLimits: Described {
  public static let schema = StructSchema<Self>(
    "UpstreamLimits", summary: "Circuit-breaker limits; each is written as `null` when unset.",
    [
      Field(
        "MaxConnections", \.maxConnections, .int, alias: "max_connections", json: .nullable,
        "The most connections a service instance may open to the upstream (HTTP/1.1)."),
      Field(
        "MaxPendingRequests", \.maxPendingRequests, .int, alias: "max_pending_requests", json: .nullable,
        "The most requests queued while waiting for a connection (L7 protocols)."),
      Field(
        "MaxConcurrentRequests", \.maxConcurrentRequests, .int, alias: "max_concurrent_requests", json: .nullable,
        "The most concurrent requests (HTTP/2; L7 protocols)."),
    ])
}

extension PassiveHealthCheck: Described {
  public static let schema = StructSchema<Self>(
    "PassiveHealthCheck", summary: "Outlier detection for an upstream.",
    [
      Field("Interval", \.interval, .duration, "The time between outlier checks."),
      Field(
        "MaxFailures", \.maxFailures, .uint32, alias: "max_failures", json: .always,
        "Consecutive failures in an interval after which a host is ejected."),
      Field(
        "EnforcingConsecutive5xx", \.enforcingConsecutive5xx, .uint32, alias: "enforcing_consecutive_5xx",
        json: .pointer, default: "100", "The percent chance that a host returning consecutive 5xx errors is ejected."),
      Field(
        "MaxEjectionPercent", \.maxEjectionPercent, .uint32, alias: "max_ejection_percent", json: .pointer,
        default: "10", "The most hosts, in percent of the upstream's, that may be ejected at once."),
      Field(
        "BaseEjectionTime", \.baseEjectionTime, .duration, alias: "base_ejection_time", json: .pointer,
        default: "30s", "The least time an ejected host stays out, multiplied by how often it was ejected."),
    ])
}

extension DestinationConfig: Described {
  public static let schema = StructSchema<Self>(
    "DestinationConfig", summary: "An external destination reached through a terminating gateway.",
    [
      Field(
        "Addresses", \.addresses, .list(.string), "The destination's hostnames or IP addresses; no wildcards."),
      Field("Port", \.port, .int, "The destination's port."),
    ])
}

extension RateLimits: Described {
  public static let schema = StructSchema<Self>(
    "RateLimits", summary: "Limits on the rate of requests to the service.",
    [
      Field(
        "InstanceLevel", \.instanceLevel, .object, alias: "instance_level", json: .always,
        "Request rate limits for each instance of the service.")
    ])
}

extension InstanceLevelRateLimits: Described {
  public static let schema = StructSchema<Self>(
    "InstanceLevelRateLimits", summary: "Request rate limits for each instance of the service.",
    [
      Field(
        "RequestsPerSecond", \.requestsPerSecond, .int, alias: "requests_per_second", json: .always,
        "The average number of requests per second allowed to each instance."),
      Field(
        "RequestsMaxBurst", \.requestsMaxBurst, .int, alias: "requests_max_burst", json: .always,
        "The most requests momentarily allowed above the rate; at least RequestsPerSecond."),
      Field(
        "Routes", \.routes, .list(.object), json: .always,
        "Limits for requests on matching paths; the first matching route applies."),
    ])
}

extension InstanceLevelRouteRateLimits: Described {
  public static let schema = StructSchema<Self>(
    "InstanceLevelRouteRateLimits", summary: "Request rate limits on matching paths.",
    [
      Field("PathExact", \.pathExact, .string, alias: "path_exact", json: .always, "The exact request path to match."),
      Field(
        "PathPrefix", \.pathPrefix, .string, alias: "path_prefix", json: .always, "The request path prefix to match."),
      Field(
        "PathRegex", \.pathRegex, .string, alias: "path_regex", json: .always,
        "A regular expression the request path must match."),
      Field(
        "RequestsPerSecond", \.requestsPerSecond, .int, alias: "requests_per_second", json: .always,
        "The average number of requests per second allowed on matching paths."),
      Field(
        "RequestsMaxBurst", \.requestsMaxBurst, .int, alias: "requests_max_burst", json: .always,
        "The most requests momentarily allowed above the rate on matching paths."),
    ])
}
