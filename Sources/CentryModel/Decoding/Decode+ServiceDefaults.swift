extension ServiceDefaults {
  static func decode(_ r: inout ObjectReader) -> ServiceDefaults {
    var v = ServiceDefaults()
    v.name = r.string("Name")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.protocol = r.string("Protocol")
    v.mode = r.string("Mode")
    v.transparentProxy = r.object("TransparentProxy", alias: "transparent_proxy", decode: TransparentProxyConfig.decode)
    v.mutualTLSMode = r.string("MutualTLSMode", alias: "mutual_tls_mode")
    v.meshGateway = r.object("MeshGateway", alias: "mesh_gateway", decode: MeshGatewayConfig.decode)
    v.expose = r.object("Expose", decode: ExposeConfig.decode)
    v.externalSNI = r.string("ExternalSNI", alias: "external_sni")
    v.upstreamConfig = r.object("UpstreamConfig", alias: "upstream_config", decode: UpstreamConfiguration.decode)
    v.destination = r.object("Destination", decode: DestinationConfig.decode)
    v.maxInboundConnections = r.int("MaxInboundConnections", alias: "max_inbound_connections")
    v.localConnectTimeoutMs = r.int("LocalConnectTimeoutMs", alias: "local_connect_timeout_ms")
    v.localRequestTimeoutMs = r.int("LocalRequestTimeoutMs", alias: "local_request_timeout_ms")
    v.balanceInboundConnections = r.string("BalanceInboundConnections", alias: "balance_inbound_connections")
    v.rateLimits = r.object("RateLimits", alias: "rate_limits", decode: RateLimits.decode)
    v.envoyExtensions = r.list("EnvoyExtensions", alias: "envoy_extensions", decode: EnvoyExtension.decode)
    v.maxRequestHeadersKB = r.uint32("MaxRequestHeadersKB")
    v.meta = r.stringMap("Meta", warnNonString: true)
    v.createIndex = r.uint64("CreateIndex")
    v.modifyIndex = r.uint64("ModifyIndex")
    return v
  }
}

extension UpstreamConfiguration {
  static func decode(_ r: inout ObjectReader) -> UpstreamConfiguration {
    var v = UpstreamConfiguration()
    v.overrides = r.list("Overrides", decode: UpstreamConfig.decode)
    v.defaults = r.object("Defaults", decode: UpstreamConfig.decode)
    return v
  }
}

extension UpstreamConfig {
  static func decode(_ r: inout ObjectReader) -> UpstreamConfig {
    var v = UpstreamConfig()
    v.name = r.string("Name")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.peer = r.string("Peer")
    v.envoyListenerJSON = r.string("EnvoyListenerJSON", alias: "envoy_listener_json")
    v.envoyClusterJSON = r.string("EnvoyClusterJSON", alias: "envoy_cluster_json")
    v.protocol = r.string("Protocol")
    v.connectTimeoutMs = r.int("ConnectTimeoutMs", alias: "connect_timeout_ms")
    v.limits = r.object("Limits", decode: UpstreamLimits.decode)
    v.passiveHealthCheck = r.object(
      "PassiveHealthCheck", alias: "passive_health_check", decode: PassiveHealthCheck.decode)
    v.meshGateway = r.object("MeshGateway", alias: "mesh_gateway", decode: MeshGatewayConfig.decode)
    v.balanceOutboundConnections = r.string("BalanceOutboundConnections", alias: "balance_outbound_connections")
    return v
  }
}

extension UpstreamLimits {
  static func decode(_ r: inout ObjectReader) -> UpstreamLimits {
    var v = UpstreamLimits()
    v.maxConnections = r.int("MaxConnections", alias: "max_connections")
    v.maxPendingRequests = r.int("MaxPendingRequests", alias: "max_pending_requests")
    v.maxConcurrentRequests = r.int("MaxConcurrentRequests", alias: "max_concurrent_requests")
    return v
  }
}

extension PassiveHealthCheck {
  static func decode(_ r: inout ObjectReader) -> PassiveHealthCheck {
    var v = PassiveHealthCheck()
    v.interval = r.duration("Interval")
    v.maxFailures = r.uint32("MaxFailures", alias: "max_failures")
    v.enforcingConsecutive5xx = r.uint32("EnforcingConsecutive5xx", alias: "enforcing_consecutive_5xx")
    v.maxEjectionPercent = r.uint32("MaxEjectionPercent", alias: "max_ejection_percent")
    v.baseEjectionTime = r.duration("BaseEjectionTime", alias: "base_ejection_time")
    return v
  }
}

extension DestinationConfig {
  static func decode(_ r: inout ObjectReader) -> DestinationConfig {
    var v = DestinationConfig()
    v.addresses = r.stringList("Addresses")
    v.port = r.int("Port")
    return v
  }
}

extension RateLimits {
  static func decode(_ r: inout ObjectReader) -> RateLimits {
    var v = RateLimits()
    v.instanceLevel = r.object("InstanceLevel", alias: "instance_level", decode: InstanceLevelRateLimits.decode)
    return v
  }
}

extension InstanceLevelRateLimits {
  static func decode(_ r: inout ObjectReader) -> InstanceLevelRateLimits {
    var v = InstanceLevelRateLimits()
    v.requestsPerSecond = r.int("RequestsPerSecond", alias: "requests_per_second")
    v.requestsMaxBurst = r.int("RequestsMaxBurst", alias: "requests_max_burst")
    v.routes = r.list("Routes", decode: InstanceLevelRouteRateLimits.decode)
    return v
  }
}

extension InstanceLevelRouteRateLimits {
  static func decode(_ r: inout ObjectReader) -> InstanceLevelRouteRateLimits {
    var v = InstanceLevelRouteRateLimits()
    v.pathExact = r.string("PathExact", alias: "path_exact")
    v.pathPrefix = r.string("PathPrefix", alias: "path_prefix")
    v.pathRegex = r.string("PathRegex", alias: "path_regex")
    v.requestsPerSecond = r.int("RequestsPerSecond", alias: "requests_per_second")
    v.requestsMaxBurst = r.int("RequestsMaxBurst", alias: "requests_max_burst")
    return v
  }
}
