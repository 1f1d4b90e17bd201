import CentryCore
import CentryModel

/// The JSON body `consul config write` PUTs to `/v1/config` for a decoded entry (spec
/// decoding-and-api §4.1, core-entries Appendix A).
///
/// Mirrors Go's `encoding/json` on Consul's **api** structs: CamelCase keys in struct declaration
/// order, `omitempty` fields dropped when zero, struct-valued fields always written (`"MeshGateway":
/// {}`), `CreateIndex`/`ModifyIndex` always written, map keys sorted byte-wise, durations as Go
/// duration strings where the api type has a custom marshaller (resolver `ConnectTimeout`/
/// `RequestTimeout`, route `RequestTimeout`/`IdleTimeout`, which then come first in their object)
/// and as integer nanoseconds everywhere else, float32 weights in their shortest float32 form.
/// Values are sent as written (Consul's Normalize runs on the server): `Protocol = "HTTP"` stays
/// `"HTTP"`, weights are not rounded.
public enum APIBodyEncoder {
  /// The body for `entry`, or `nil` for a kind centry does not model.
  public static func body(for entry: ConfigEntry) -> JSONValue? {
    switch entry {
    case .serviceDefaults(let value): serviceDefaults(value)
    case .proxyDefaults(let value): proxyDefaults(value)
    case .serviceRouter(let value): serviceRouter(value)
    case .serviceSplitter(let value): serviceSplitter(value)
    case .serviceResolver(let value): serviceResolver(value)
    case .unsupported: nil
    }
  }

  /// Go's `json.MarshalIndent(v, "", "  ")` of the bodies plus a final newline: one object for one
  /// entry, an array for several (in input order). `nil` when any entry is of an unmodelled kind.
  public static func document(for entries: [ConfigEntry]) -> String? {
    var bodies: [JSONValue] = []
    for entry in entries {
      guard let body = body(for: entry) else { return nil }
      bodies.append(body)
    }
    let value: JSONValue = bodies.count == 1 ? bodies[0] : .array(bodies)
    return value.serialized(.goIndented) + "\n"
  }

  // MARK: - Kinds

  static func serviceDefaults(_ v: ServiceDefaults) -> JSONValue {
    var o = APIObject()
    header(&o, .serviceDefaults, v.name, v.partition, v.namespace)
    o.string("Protocol", v.protocol)
    o.string("Mode", v.mode)
    o.object("TransparentProxy", v.transparentProxy, transparentProxy)
    o.string("MutualTLSMode", v.mutualTLSMode)
    o.always("MeshGateway", meshGateway(v.meshGateway?.value))
    o.always("Expose", expose(v.expose?.value))
    o.string("ExternalSNI", v.externalSNI)
    o.object("UpstreamConfig", v.upstreamConfig, upstreamConfiguration)
    o.object("Destination", v.destination, destination)
    o.int("MaxInboundConnections", v.maxInboundConnections)
    o.int("LocalConnectTimeoutMs", v.localConnectTimeoutMs)
    o.int("LocalRequestTimeoutMs", v.localRequestTimeoutMs)
    o.string("BalanceInboundConnections", v.balanceInboundConnections)
    o.object("RateLimits", v.rateLimits, rateLimits)
    o.list("EnvoyExtensions", v.envoyExtensions, envoyExtension)
    o.stringMap("Meta", v.meta)
    indexes(&o, v.createIndex, v.modifyIndex)
    // `*uint32` with omitempty: a written 0 is kept.
    o.ifPresent("MaxRequestHeadersKB", v.maxRequestHeadersKB.map { APIObject.integer($0.value) })
    return o.value
  }

  static func proxyDefaults(_ v: ProxyDefaults) -> JSONValue {
    var o = APIObject()
    header(&o, .proxyDefaults, v.name, v.partition, v.namespace)
    o.string("Mode", v.mode)
    o.object("TransparentProxy", v.transparentProxy, transparentProxy)
    o.string("MutualTLSMode", v.mutualTLSMode)
    if let config = v.config, !config.value.isEmpty {
      o.always("Config", APIObject.sortedObject(config.value.entries, opaque))
    }
    o.always("MeshGateway", meshGateway(v.meshGateway?.value))
    o.always("Expose", expose(v.expose?.value))
    o.object("AccessLogs", v.accessLogs, accessLogs)
    o.list("EnvoyExtensions", v.envoyExtensions, envoyExtension)
    o.object("FailoverPolicy", v.failoverPolicy, failoverPolicy)
    o.object("PrioritizeByLocality", v.prioritizeByLocality, prioritizeByLocality)
    o.stringMap("Meta", v.meta)
    indexes(&o, v.createIndex, v.modifyIndex)
    return o.value
  }

  static func serviceRouter(_ v: ServiceRouter) -> JSONValue {
    var o = APIObject()
    header(&o, .serviceRouter, v.name, v.partition, v.namespace)
    o.list("Routes", v.routes, route)
    o.stringMap("Meta", v.meta)
    indexes(&o, v.createIndex, v.modifyIndex)
    return o.value
  }

  static func serviceSplitter(_ v: ServiceSplitter) -> JSONValue {
    var o = APIObject()
    header(&o, .serviceSplitter, v.name, v.partition, v.namespace)
    o.list("Splits", v.splits, split)
    o.stringMap("Meta", v.meta)
    indexes(&o, v.createIndex, v.modifyIndex)
    return o.value
  }

  static func serviceResolver(_ v: ServiceResolver) -> JSONValue {
    var o = APIObject()
    // The api's MarshalJSON wraps the struct with two string fields, which Go writes first.
    o.durationString("ConnectTimeout", v.connectTimeout)
    o.durationString("RequestTimeout", v.requestTimeout)
    header(&o, .serviceResolver, v.name, v.partition, v.namespace)
    o.string("DefaultSubset", v.defaultSubset)
    if let subsets = v.subsets, !subsets.value.isEmpty {
      o.always("Subsets", APIObject.sortedObject(subsets.value.entries, subset))
    }
    o.object("Redirect", v.redirect, redirect)
    if let failover = v.failover, !failover.value.isEmpty {
      o.always("Failover", APIObject.sortedObject(failover.value.entries, failoverEntry))
    }
    o.object("PrioritizeByLocality", v.prioritizeByLocality, prioritizeByLocality)
    o.object("LoadBalancer", v.loadBalancer, loadBalancer)
    o.stringMap("Meta", v.meta)
    indexes(&o, v.createIndex, v.modifyIndex)
    return o.value
  }

  /// `Kind`, `Name`, `Partition`, `Namespace`: the first fields of every entry's api struct (the
  /// resolver writes its two timeouts before them).
  private static func header(
    _ o: inout APIObject, _ kind: EntryKind, _ name: Located<String>?, _ partition: Located<String>?,
    _ namespace: Located<String>?
  ) {
    o.always("Kind", .string(kind.rawValue))
    o.always("Name", .string(name?.value ?? ""))
    o.string("Partition", partition)
    o.string("Namespace", namespace)
  }

  private static func indexes(_ o: inout APIObject, _ create: Located<UInt64>?, _ modify: Located<UInt64>?) {
    o.always("CreateIndex", APIObject.integer(create?.value ?? 0))
    o.always("ModifyIndex", APIObject.integer(modify?.value ?? 0))
  }

  // MARK: - Shared sub-objects

  static func transparentProxy(_ v: TransparentProxyConfig) -> JSONValue {
    var o = APIObject()
    o.int("OutboundListenerPort", v.outboundListenerPort)
    o.bool("DialedDirectly", v.dialedDirectly)
    return o.value
  }

  static func meshGateway(_ v: MeshGatewayConfig?) -> JSONValue {
    var o = APIObject()
    o.string("Mode", v?.mode)
    return o.value
  }

  static func expose(_ v: ExposeConfig?) -> JSONValue {
    var o = APIObject()
    o.bool("Checks", v?.checks)
    o.list("Paths", v?.paths, exposePath)
    return o.value
  }

  static func exposePath(_ v: ExposePath) -> JSONValue {
    var o = APIObject()
    o.int("ListenerPort", v.listenerPort)
    o.string("Path", v.path)
    o.int("LocalPathPort", v.localPathPort)
    o.string("Protocol", v.protocol)
    o.always("ParsedFromCheck", .bool(v.parsedFromCheck?.value ?? false))
    return o.value
  }

  static func headerModifiers(_ v: HTTPHeaderModifiers) -> JSONValue {
    var o = APIObject()
    o.stringMap("Add", v.add)
    o.stringMap("Set", v.set)
    o.strings("Remove", v.remove)
    return o.value
  }

  static func envoyExtension(_ v: EnvoyExtension) -> JSONValue {
    var o = APIObject()
    o.always("Name", .string(v.name?.value ?? ""))
    o.always("Required", .bool(v.required?.value ?? false))
    o.always("Arguments", v.arguments.map { APIObject.sortedObject($0.value.entries, opaque) } ?? .null)
    o.always("ConsulVersion", .string(v.consulVersion?.value ?? ""))
    o.always("EnvoyVersion", .string(v.envoyVersion?.value ?? ""))
    return o.value
  }

  static func failoverPolicy(_ v: ServiceResolverFailoverPolicy) -> JSONValue {
    var o = APIObject()
    o.string("Mode", v.mode)
    o.strings("Regions", v.regions)
    return o.value
  }

  static func prioritizeByLocality(_ v: ServiceResolverPrioritizeByLocality) -> JSONValue {
    var o = APIObject()
    o.string("Mode", v.mode)
    return o.value
  }

  /// An `interface{}` value: HCL integers stay integers, other numbers are float64.
  static func opaque(_ v: OpaqueValue) -> JSONValue {
    switch v {
    case .string(let string): .string(string)
    case .integer(let integer): .int(Int(integer))
    case .float(let double): .number(GoNumberFormat.float64(double))
    case .bool(let bool): .bool(bool)
    case .list(let list): .array(list.map { opaque($0.value) })
    case .object(let map): APIObject.sortedObject(map.entries, opaque)
    case .null: .null
    }
  }

  // MARK: - service-defaults

  static func upstreamConfiguration(_ v: UpstreamConfiguration) -> JSONValue {
    var o = APIObject()
    o.list("Overrides", v.overrides, upstreamConfig)
    o.object("Defaults", v.defaults, upstreamConfig)
    return o.value
  }

  static func upstreamConfig(_ v: UpstreamConfig) -> JSONValue {
    var o = APIObject()
    o.string("Name", v.name)
    o.string("Partition", v.partition)
    o.string("Namespace", v.namespace)
    o.string("Peer", v.peer)
    o.string("EnvoyListenerJSON", v.envoyListenerJSON)
    o.string("EnvoyClusterJSON", v.envoyClusterJSON)
    o.string("Protocol", v.protocol)
    o.int("ConnectTimeoutMs", v.connectTimeoutMs)
    o.object("Limits", v.limits, upstreamLimits)
    o.object("PassiveHealthCheck", v.passiveHealthCheck, passiveHealthCheck)
    o.always("MeshGateway", meshGateway(v.meshGateway?.value))
    o.string("BalanceOutboundConnections", v.balanceOutboundConnections)
    return o.value
  }

  static func upstreamLimits(_ v: UpstreamLimits) -> JSONValue {
    // `*int` without omitempty: `null` when unset.
    var o = APIObject()
    o.always("MaxConnections", v.maxConnections.map { .int($0.value) } ?? .null)
    o.always("MaxPendingRequests", v.maxPendingRequests.map { .int($0.value) } ?? .null)
    o.always("MaxConcurrentRequests", v.maxConcurrentRequests.map { .int($0.value) } ?? .null)
    return o.value
  }

  static func passiveHealthCheck(_ v: PassiveHealthCheck) -> JSONValue {
    var o = APIObject()
    o.nanoseconds("Interval", v.interval)
    o.always("MaxFailures", APIObject.integer(v.maxFailures?.value ?? 0))
    o.ifPresent("EnforcingConsecutive5xx", v.enforcingConsecutive5xx.map { APIObject.integer($0.value) })
    o.ifPresent("MaxEjectionPercent", v.maxEjectionPercent.map { APIObject.integer($0.value) })
    o.ifPresent("BaseEjectionTime", v.baseEjectionTime.map { .int(Int($0.value.nanoseconds)) })
    return o.value
  }

  static func destination(_ v: DestinationConfig) -> JSONValue {
    var o = APIObject()
    o.strings("Addresses", v.addresses)
    o.int("Port", v.port)
    return o.value
  }

  static func rateLimits(_ v: RateLimits) -> JSONValue {
    // Nothing in RateLimits has omitempty: InstanceLevel and all its fields are always written.
    let level = v.instanceLevel?.value ?? InstanceLevelRateLimits()
    var inner = APIObject()
    inner.always("RequestsPerSecond", .int(level.requestsPerSecond?.value ?? 0))
    inner.always("RequestsMaxBurst", .int(level.requestsMaxBurst?.value ?? 0))
    inner.always("Routes", level.routes.map { .array($0.value.map { routeRateLimit($0.value) }) } ?? .null)
    var o = APIObject()
    o.always("InstanceLevel", inner.value)
    return o.value
  }

  static func routeRateLimit(_ v: InstanceLevelRouteRateLimits) -> JSONValue {
    var o = APIObject()
    o.always("PathExact", .string(v.pathExact?.value ?? ""))
    o.always("PathPrefix", .string(v.pathPrefix?.value ?? ""))
    o.always("PathRegex", .string(v.pathRegex?.value ?? ""))
    o.always("RequestsPerSecond", .int(v.requestsPerSecond?.value ?? 0))
    o.always("RequestsMaxBurst", .int(v.requestsMaxBurst?.value ?? 0))
    return o.value
  }

  static func accessLogs(_ v: AccessLogsConfig) -> JSONValue {
    var o = APIObject()
    o.bool("Enabled", v.enabled)
    o.bool("DisableListenerLogs", v.disableListenerLogs)
    o.string("Type", v.type)
    o.string("Path", v.path)
    o.string("JSONFormat", v.jsonFormat)
    o.string("TextFormat", v.textFormat)
    return o.value
  }

  // MARK: - service-router

  static func route(_ v: ServiceRoute) -> JSONValue {
    var o = APIObject()
    o.object("Match", v.match, routeMatch)
    o.object("Destination", v.destination, routeDestination)
    return o.value
  }

  static func routeMatch(_ v: ServiceRouteMatch) -> JSONValue {
    var o = APIObject()
    o.object("HTTP", v.http, httpMatch)
    return o.value
  }

  static func httpMatch(_ v: ServiceRouteHTTPMatch) -> JSONValue {
    var o = APIObject()
    o.string("PathExact", v.pathExact)
    o.string("PathPrefix", v.pathPrefix)
    o.string("PathRegex", v.pathRegex)
    o.bool("CaseInsensitive", v.caseInsensitive)
    o.list("Header", v.header, headerMatch)
    o.list("QueryParam", v.queryParam, queryMatch)
    o.strings("Methods", v.methods)
    return o.value
  }

  static func headerMatch(_ v: ServiceRouteHTTPMatchHeader) -> JSONValue {
    var o = APIObject()
    o.always("Name", .string(v.name?.value ?? ""))
    o.bool("Present", v.present)
    o.string("Exact", v.exact)
    o.string("Prefix", v.prefix)
    o.string("Suffix", v.suffix)
    o.string("Regex", v.regex)
    o.bool("Invert", v.invert)
    return o.value
  }

  static func queryMatch(_ v: ServiceRouteHTTPMatchQueryParam) -> JSONValue {
    var o = APIObject()
    o.always("Name", .string(v.name?.value ?? ""))
    o.bool("Present", v.present)
    o.string("Exact", v.exact)
    o.string("Regex", v.regex)
    return o.value
  }

  static func routeDestination(_ v: ServiceRouteDestination) -> JSONValue {
    var o = APIObject()
    // The api's MarshalJSON writes the two timeouts as strings, before the embedded fields.
    o.durationString("RequestTimeout", v.requestTimeout)
    o.durationString("IdleTimeout", v.idleTimeout)
    o.string("Service", v.service)
    o.string("ServiceSubset", v.serviceSubset)
    o.string("Namespace", v.namespace)
    o.string("Partition", v.partition)
    o.string("PrefixRewrite", v.prefixRewrite)
    o.int("NumRetries", v.numRetries)
    o.bool("RetryOnConnectFailure", v.retryOnConnectFailure)
    let codes = v.retryOnStatusCodes.orEmpty()
    if !codes.isEmpty { o.always("RetryOnStatusCodes", .array(codes.map { APIObject.integer($0.value) })) }
    o.strings("RetryOn", v.retryOn)
    o.object("RequestHeaders", v.requestHeaders, headerModifiers)
    o.object("ResponseHeaders", v.responseHeaders, headerModifiers)
    return o.value
  }

  // MARK: - service-splitter

  static func split(_ v: ServiceSplit) -> JSONValue {
    var o = APIObject()
    // float32 without omitempty.
    o.always("Weight", .number(GoNumberFormat.float32(Float(v.weight?.value ?? 0))))
    o.string("Service", v.service)
    o.string("ServiceSubset", v.serviceSubset)
    o.string("Namespace", v.namespace)
    o.string("Partition", v.partition)
    o.object("RequestHeaders", v.requestHeaders, headerModifiers)
    o.object("ResponseHeaders", v.responseHeaders, headerModifiers)
    return o.value
  }

  // MARK: - service-resolver

  static func subset(_ v: ServiceResolverSubset) -> JSONValue {
    var o = APIObject()
    o.string("Filter", v.filter)
    o.bool("OnlyPassing", v.onlyPassing)
    return o.value
  }

  static func redirect(_ v: ServiceResolverRedirect) -> JSONValue {
    var o = APIObject()
    o.string("Service", v.service)
    o.string("ServiceSubset", v.serviceSubset)
    o.string("Namespace", v.namespace)
    o.string("Partition", v.partition)
    o.string("Datacenter", v.datacenter)
    o.string("Peer", v.peer)
    o.string("SamenessGroup", v.samenessGroup)
    return o.value
  }

  static func failoverEntry(_ v: ServiceResolverFailover) -> JSONValue {
    var o = APIObject()
    o.string("Service", v.service)
    o.string("ServiceSubset", v.serviceSubset)
    o.string("Namespace", v.namespace)
    o.strings("Datacenters", v.datacenters)
    o.list("Targets", v.targets, failoverTarget)
    o.object("Policy", v.policy, failoverPolicy)
    o.string("SamenessGroup", v.samenessGroup)
    return o.value
  }

  static func failoverTarget(_ v: ServiceResolverFailoverTarget) -> JSONValue {
    var o = APIObject()
    o.string("Service", v.service)
    o.string("ServiceSubset", v.serviceSubset)
    o.string("Partition", v.partition)
    o.string("Namespace", v.namespace)
    o.string("Datacenter", v.datacenter)
    o.string("Peer", v.peer)
    return o.value
  }

  static func loadBalancer(_ v: LoadBalancer) -> JSONValue {
    var o = APIObject()
    o.string("Policy", v.policy)
    o.object("RingHashConfig", v.ringHashConfig, ringHashConfig)
    o.object("LeastRequestConfig", v.leastRequestConfig, leastRequestConfig)
    o.list("HashPolicies", v.hashPolicies, hashPolicy)
    return o.value
  }

  static func ringHashConfig(_ v: RingHashConfig) -> JSONValue {
    var o = APIObject()
    o.int("MinimumRingSize", v.minimumRingSize)
    o.int("MaximumRingSize", v.maximumRingSize)
    return o.value
  }

  static func leastRequestConfig(_ v: LeastRequestConfig) -> JSONValue {
    var o = APIObject()
    o.int("ChoiceCount", v.choiceCount)
    return o.value
  }

  static func hashPolicy(_ v: HashPolicy) -> JSONValue {
    var o = APIObject()
    o.string("Field", v.field)
    o.string("FieldValue", v.fieldValue)
    o.object("CookieConfig", v.cookieConfig, cookieConfig)
    o.bool("SourceIP", v.sourceIP)
    o.bool("Terminal", v.terminal)
    return o.value
  }

  static func cookieConfig(_ v: CookieConfig) -> JSONValue {
    var o = APIObject()
    o.bool("Session", v.session)
    o.nanoseconds("TTL", v.ttl)
    o.string("Path", v.path)
    return o.value
  }
}
