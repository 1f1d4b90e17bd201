extension ServiceRouter {
  static func decode(_ r: inout ObjectReader) -> ServiceRouter {
    var v = ServiceRouter()
    v.name = r.string("Name")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.routes = r.list("Routes", decode: ServiceRoute.decode)
    v.meta = r.stringMap("Meta", warnNonString: true)
    v.createIndex = r.uint64("CreateIndex")
    v.modifyIndex = r.uint64("ModifyIndex")
    return v
  }
}

extension ServiceRoute {
  static func decode(_ r: inout ObjectReader) -> ServiceRoute {
    var v = ServiceRoute()
    v.match = r.object("Match", decode: ServiceRouteMatch.decode)
    v.destination = r.object("Destination", decode: ServiceRouteDestination.decode)
    return v
  }
}

extension ServiceRouteMatch {
  static func decode(_ r: inout ObjectReader) -> ServiceRouteMatch {
    var v = ServiceRouteMatch()
    v.http = r.object("HTTP", decode: ServiceRouteHTTPMatch.decode)
    return v
  }
}

extension ServiceRouteHTTPMatch {
  static func decode(_ r: inout ObjectReader) -> ServiceRouteHTTPMatch {
    var v = ServiceRouteHTTPMatch()
    v.pathExact = r.string("PathExact", alias: "path_exact")
    v.pathPrefix = r.string("PathPrefix", alias: "path_prefix")
    v.pathRegex = r.string("PathRegex", alias: "path_regex")
    v.caseInsensitive = r.bool("CaseInsensitive", alias: "case_insensitive")
    v.header = r.list("Header", decode: ServiceRouteHTTPMatchHeader.decode)
    v.queryParam = r.list("QueryParam", alias: "query_param", decode: ServiceRouteHTTPMatchQueryParam.decode)
    v.methods = r.stringList("Methods")
    return v
  }
}

extension ServiceRouteHTTPMatchHeader {
  static func decode(_ r: inout ObjectReader) -> ServiceRouteHTTPMatchHeader {
    var v = ServiceRouteHTTPMatchHeader()
    v.name = r.string("Name")
    v.present = r.bool("Present")
    v.exact = r.string("Exact")
    v.prefix = r.string("Prefix")
    v.suffix = r.string("Suffix")
    v.regex = r.string("Regex")
    v.invert = r.bool("Invert")
    return v
  }
}

extension ServiceRouteHTTPMatchQueryParam {
  static func decode(_ r: inout ObjectReader) -> ServiceRouteHTTPMatchQueryParam {
    var v = ServiceRouteHTTPMatchQueryParam()
    v.name = r.string("Name")
    v.present = r.bool("Present")
    v.exact = r.string("Exact")
    v.regex = r.string("Regex")
    return v
  }
}

extension ServiceRouteDestination {
  static func decode(_ r: inout ObjectReader) -> ServiceRouteDestination {
    var v = ServiceRouteDestination()
    v.service = r.string("Service")
    v.serviceSubset = r.string("ServiceSubset", alias: "service_subset")
    v.namespace = r.string("Namespace")
    v.partition = r.string("Partition")
    v.prefixRewrite = r.string("PrefixRewrite", alias: "prefix_rewrite")
    v.requestTimeout = r.duration("RequestTimeout", alias: "request_timeout")
    v.idleTimeout = r.duration("IdleTimeout", alias: "idle_timeout")
    v.numRetries = r.uint32("NumRetries", alias: "num_retries")
    v.retryOnConnectFailure = r.bool("RetryOnConnectFailure", alias: "retry_on_connect_failure")
    v.retryOn = r.stringList("RetryOn", alias: "retry_on")
    v.retryOnStatusCodes = r.uint32List("RetryOnStatusCodes", alias: "retry_on_status_codes")
    v.requestHeaders = r.object("RequestHeaders", alias: "request_headers", decode: HTTPHeaderModifiers.decode)
    v.responseHeaders = r.object("ResponseHeaders", alias: "response_headers", decode: HTTPHeaderModifiers.decode)
    return v
  }
}

extension ServiceSplitter {
  static func decode(_ r: inout ObjectReader) -> ServiceSplitter {
    var v = ServiceSplitter()
    v.name = r.string("Name")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.splits = r.list("Splits", decode: ServiceSplit.decode)
    v.meta = r.stringMap("Meta", warnNonString: true)
    v.createIndex = r.uint64("CreateIndex")
    v.modifyIndex = r.uint64("ModifyIndex")
    return v
  }
}

extension ServiceSplit {
  static func decode(_ r: inout ObjectReader) -> ServiceSplit {
    var v = ServiceSplit()
    v.weight = r.float("Weight")
    v.service = r.string("Service")
    v.serviceSubset = r.string("ServiceSubset", alias: "service_subset")
    v.namespace = r.string("Namespace")
    v.partition = r.string("Partition")
    v.requestHeaders = r.object("RequestHeaders", alias: "request_headers", decode: HTTPHeaderModifiers.decode)
    v.responseHeaders = r.object("ResponseHeaders", alias: "response_headers", decode: HTTPHeaderModifiers.decode)
    return v
  }
}

extension ServiceResolver {
  static func decode(_ r: inout ObjectReader) -> ServiceResolver {
    var v = ServiceResolver()
    v.name = r.string("Name")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.defaultSubset = r.string("DefaultSubset", alias: "default_subset")
    v.subsets = r.structMap("Subsets", decode: ServiceResolverSubset.decode)
    v.redirect = r.object("Redirect", decode: ServiceResolverRedirect.decode)
    v.failover = r.structMap("Failover", decode: ServiceResolverFailover.decode)
    v.connectTimeout = r.duration("ConnectTimeout", alias: "connect_timeout")
    v.requestTimeout = r.duration("RequestTimeout", alias: "request_timeout")
    v.prioritizeByLocality = r.object(
      "PrioritizeByLocality", alias: "prioritize_by_locality", decode: ServiceResolverPrioritizeByLocality.decode)
    v.loadBalancer = r.object("LoadBalancer", alias: "load_balancer", decode: LoadBalancer.decode)
    v.meta = r.stringMap("Meta", warnNonString: true)
    v.createIndex = r.uint64("CreateIndex")
    v.modifyIndex = r.uint64("ModifyIndex")
    return v
  }
}

extension ServiceResolverSubset {
  static func decode(_ r: inout ObjectReader) -> ServiceResolverSubset {
    var v = ServiceResolverSubset()
    v.filter = r.string("Filter")
    v.onlyPassing = r.bool("OnlyPassing", alias: "only_passing")
    return v
  }
}

extension ServiceResolverRedirect {
  static func decode(_ r: inout ObjectReader) -> ServiceResolverRedirect {
    var v = ServiceResolverRedirect()
    v.service = r.string("Service")
    v.serviceSubset = r.string("ServiceSubset", alias: "service_subset")
    v.namespace = r.string("Namespace")
    v.partition = r.string("Partition")
    v.datacenter = r.string("Datacenter")
    v.peer = r.string("Peer")
    v.samenessGroup = r.string("SamenessGroup", alias: "sameness_group")
    return v
  }
}

extension ServiceResolverFailover {
  static func decode(_ r: inout ObjectReader) -> ServiceResolverFailover {
    var v = ServiceResolverFailover()
    v.service = r.string("Service")
    v.serviceSubset = r.string("ServiceSubset", alias: "service_subset")
    v.namespace = r.string("Namespace")
    v.datacenters = r.stringList("Datacenters")
    v.targets = r.list("Targets", decode: ServiceResolverFailoverTarget.decode)
    v.policy = r.object("Policy", decode: ServiceResolverFailoverPolicy.decode)
    v.samenessGroup = r.string("SamenessGroup", alias: "sameness_group")
    return v
  }
}

extension ServiceResolverFailoverTarget {
  static func decode(_ r: inout ObjectReader) -> ServiceResolverFailoverTarget {
    var v = ServiceResolverFailoverTarget()
    v.service = r.string("Service")
    v.serviceSubset = r.string("ServiceSubset", alias: "service_subset")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.datacenter = r.string("Datacenter")
    v.peer = r.string("Peer")
    return v
  }
}

extension LoadBalancer {
  static func decode(_ r: inout ObjectReader) -> LoadBalancer {
    var v = LoadBalancer()
    v.policy = r.string("Policy")
    v.ringHashConfig = r.object("RingHashConfig", alias: "ring_hash_config", decode: RingHashConfig.decode)
    v.leastRequestConfig = r.object(
      "LeastRequestConfig", alias: "least_request_config", decode: LeastRequestConfig.decode)
    v.hashPolicies = r.list("HashPolicies", alias: "hash_policies", decode: HashPolicy.decode)
    return v
  }
}

extension RingHashConfig {
  static func decode(_ r: inout ObjectReader) -> RingHashConfig {
    var v = RingHashConfig()
    v.minimumRingSize = r.uint64("MinimumRingSize", alias: "minimum_ring_size")
    v.maximumRingSize = r.uint64("MaximumRingSize", alias: "maximum_ring_size")
    return v
  }
}

extension LeastRequestConfig {
  static func decode(_ r: inout ObjectReader) -> LeastRequestConfig {
    var v = LeastRequestConfig()
    v.choiceCount = r.uint32("ChoiceCount", alias: "choice_count")
    return v
  }
}

extension HashPolicy {
  static func decode(_ r: inout ObjectReader) -> HashPolicy {
    var v = HashPolicy()
    v.field = r.string("Field")
    v.fieldValue = r.string("FieldValue", alias: "field_value")
    v.cookieConfig = r.object("CookieConfig", alias: "cookie_config", decode: CookieConfig.decode)
    v.sourceIP = r.bool("SourceIP", alias: "source_ip")
    v.terminal = r.bool("Terminal")
    return v
  }
}

extension CookieConfig {
  static func decode(_ r: inout ObjectReader) -> CookieConfig {
    var v = CookieConfig()
    v.session = r.bool("Session")
    v.ttl = r.duration("TTL")
    v.path = r.string("Path")
    return v
  }
}

extension ProxyDefaults {
  static func decode(_ r: inout ObjectReader) -> ProxyDefaults {
    var v = ProxyDefaults()
    v.name = r.string("Name")
    v.partition = r.string("Partition")
    v.namespace = r.string("Namespace")
    v.config = r.opaqueMap("Config")
    v.mode = r.string("Mode")
    v.transparentProxy = r.object("TransparentProxy", alias: "transparent_proxy", decode: TransparentProxyConfig.decode)
    v.mutualTLSMode = r.string("MutualTLSMode", alias: "mutual_tls_mode")
    v.meshGateway = r.object("MeshGateway", alias: "mesh_gateway", decode: MeshGatewayConfig.decode)
    v.expose = r.object("Expose", decode: ExposeConfig.decode)
    v.accessLogs = r.object("AccessLogs", alias: "access_logs", decode: AccessLogsConfig.decode)
    v.envoyExtensions = r.list("EnvoyExtensions", alias: "envoy_extensions", decode: EnvoyExtension.decode)
    v.failoverPolicy = r.object(
      "FailoverPolicy", alias: "failover_policy", decode: ServiceResolverFailoverPolicy.decode)
    v.prioritizeByLocality = r.object(
      "PrioritizeByLocality", alias: "prioritize_by_locality", decode: ServiceResolverPrioritizeByLocality.decode)
    v.meta = r.stringMap("Meta", warnNonString: true)
    v.createIndex = r.uint64("CreateIndex")
    v.modifyIndex = r.uint64("ModifyIndex")
    return v
  }
}

extension AccessLogsConfig {
  static func decode(_ r: inout ObjectReader) -> AccessLogsConfig {
    var v = AccessLogsConfig()
    v.enabled = r.bool("Enabled")
    v.disableListenerLogs = r.bool("DisableListenerLogs", alias: "disable_listener_logs")
    v.type = r.string("Type")
    v.path = r.string("Path")
    v.jsonFormat = r.string("JSONFormat", alias: "json_format")
    v.textFormat = r.string("TextFormat", alias: "text_format")
    return v
  }
}
