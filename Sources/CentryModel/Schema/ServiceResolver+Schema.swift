import CentryCore

// service-resolver (api `ServiceResolverConfigEntry`; spec core-entries §6).

extension ServiceResolver {
  public static let schema = StructSchema<Self>(
    "ServiceResolverConfigEntry", kind: .serviceResolver,
    summary: "Which instances serve one service: subsets, redirects, failover and load balancing.",
    [
      .name("The service the resolver applies to."),
      .partition,
      .namespace,
      Field(
        "DefaultSubset", \.defaultSubset, .string, alias: "default_subset",
        "The subset used when a request names none; empty means every healthy instance."),
      Field(
        "Subsets", \.subsets, .map(.object),
        "Named subsets of the service's instances, each selected by a filter expression."),
      Field(
        "Redirect", \.redirect, .object, json: .pointer,
        "Resolves the service somewhere else instead; the other fields are then ignored."),
      Field(
        "Failover", \.failover, .map(.object),
        "Where requests go when a subset's instances are unhealthy, by subset name (or `*` for any)."),
      Field(
        "ConnectTimeout", \.connectTimeout, .duration, alias: "connect_timeout", json: .durationString,
        "The time allowed to connect to an instance of the service."),
      Field(
        "RequestTimeout", \.requestTimeout, .duration, alias: "request_timeout", json: .durationString,
        default: "15s", "The time allowed for an HTTP response from the service; 0 means 15s."),
      Field(
        "PrioritizeByLocality", \.prioritizeByLocality, .object, alias: "prioritize_by_locality", json: .pointer,
        enterprise: .yes, "Makes callers prefer instances in their own region and zone."),
      Field(
        "LoadBalancer", \.loadBalancer, .object, alias: "load_balancer", json: .pointer,
        "The load-balancing policy for requests to the service."),
      .meta,
      .createIndex,
      .modifyIndex,
    ])
}

extension ServiceResolverSubset: Described {
  public static let schema = StructSchema<Self>(
    "ServiceResolverSubset", summary: "A named subset of the service's instances.",
    [
      Field(
        "Filter", \.filter, .string,
        "A filter expression over the health API's results selecting the instances; empty selects all."),
      Field(
        "OnlyPassing", \.onlyPassing, .bool, alias: "only_passing", default: "false",
        "Treats instances whose checks warn as unhealthy."),
    ])
}

extension ServiceResolverRedirect: Described {
  public static let schema = StructSchema<Self>(
    "ServiceResolverRedirect", summary: "Where the service is resolved instead.",
    [
      Field("Service", \.service, .string, "The service that resolves the requests instead."),
      Field(
        "ServiceSubset", \.serviceSubset, .string, alias: "service_subset",
        "A subset of that service; needs Service, Namespace or Datacenter too."),
      Field("Namespace", \.namespace, .string, enterprise: .yes, "The namespace at the redirect's destination."),
      Field("Partition", \.partition, .string, enterprise: .yes, "The admin partition at the redirect's destination."),
      Field("Datacenter", \.datacenter, .string, "The datacenter at the redirect's destination."),
      Field("Peer", \.peer, .string, "The cluster peer at the redirect's destination."),
      Field(
        "SamenessGroup", \.samenessGroup, .string, alias: "sameness_group", enterprise: .yes,
        "The sameness group at the redirect's destination."),
    ])
}

extension ServiceResolverFailover: Described {
  public static let schema = StructSchema<Self>(
    "ServiceResolverFailover", summary: "Where requests go when a subset's instances are unhealthy.",
    [
      Field("Service", \.service, .string, "The service to fail over to."),
      Field(
        "ServiceSubset", \.serviceSubset, .string, alias: "service_subset",
        "The subset to fail over to; defaults to the service's DefaultSubset."),
      Field("Namespace", \.namespace, .string, enterprise: .yes, "The namespace to fail over to."),
      Field("Datacenters", \.datacenters, .list(.string), "Datacenters to try, in order."),
      Field("Targets", \.targets, .list(.object), "Failover targets to try, in order."),
      Field("Policy", \.policy, .object, json: .pointer, enterprise: .yes, "How the failover targets are ordered."),
      Field(
        "SamenessGroup", \.samenessGroup, .string, alias: "sameness_group", enterprise: .yes,
        "The sameness group to fail over to."),
    ])
}

extension ServiceResolverFailoverTarget: Described {
  public static let schema = StructSchema<Self>(
    "ServiceResolverFailoverTarget", summary: "One failover target.",
    [
      Field("Service", \.service, .string, "The target's service; defaults to the current one."),
      Field(
        "ServiceSubset", \.serviceSubset, .string, alias: "service_subset",
        "The target's subset; defaults to the service's default subset."),
      Field(
        "Partition", \.partition, .string, enterprise: .yes, "The target's admin partition, in the same datacenter."),
      Field("Namespace", \.namespace, .string, enterprise: .yes, "The target's namespace."),
      Field("Datacenter", \.datacenter, .string, "The target's WAN-federated datacenter."),
      Field("Peer", \.peer, .string, "The cluster peer the target is resolved from."),
    ])
}

extension LoadBalancer: Described {
  public static let schema = StructSchema<Self>(
    "LoadBalancer", summary: "How requests are spread over the service's instances.",
    [
      Field(
        "Policy", \.policy, .string, "`random`, `round_robin`, `least_request`, `ring_hash` or `maglev`."),
      Field(
        "RingHashConfig", \.ringHashConfig, .object, alias: "ring_hash_config", json: .pointer,
        "Settings for the `ring_hash` policy."),
      Field(
        "LeastRequestConfig", \.leastRequestConfig, .object, alias: "least_request_config", json: .pointer,
        "Settings for the `least_request` policy."),
      Field(
        "HashPolicies", \.hashPolicies, .list(.object), alias: "hash_policies",
        "What `ring_hash` and `maglev` hash on; without one, a random host is chosen."),
    ])
}

extension RingHashConfig: Described {
  public static let schema = StructSchema<Self>(
    "RingHashConfig", summary: "The hash ring's size.",
    [
      Field(
        "MinimumRingSize", \.minimumRingSize, .uint64, alias: "minimum_ring_size", default: "1024",
        "The fewest entries in the hash ring."),
      Field(
        "MaximumRingSize", \.maximumRingSize, .uint64, alias: "maximum_ring_size", default: "8192",
        "The most entries in the hash ring."),
    ])
}

extension LeastRequestConfig: Described {
  public static let schema = StructSchema<Self>(
    "LeastRequestConfig", summary: "Settings for the `least_request` policy.",
    [
      Field(
        "ChoiceCount", \.choiceCount, .uint32, alias: "choice_count", default: "2",
        "How many random healthy hosts the least loaded one is chosen from.")
    ])
}

extension HashPolicy: Described {
  public static let schema = StructSchema<Self>(
    "HashPolicy", summary: "One attribute of a request to hash on.",
    [
      Field(
        "Field", \.field, .string, "`header`, `cookie` or `query_parameter`: what to hash; not with SourceIP."),
      Field(
        "FieldValue", \.fieldValue, .string, alias: "field_value",
        "The name of the header, cookie or query parameter to hash."),
      Field(
        "CookieConfig", \.cookieConfig, .object, alias: "cookie_config", json: .pointer,
        "Settings for hashing on a cookie, which Envoy generates on the first request."),
      Field(
        "SourceIP", \.sourceIP, .bool, alias: "source_ip",
        "Hashes on the source IP address; not with Field or FieldValue."),
      Field("Terminal", \.terminal, .bool, "Stops at this policy when it produced a hash."),
    ])
}

extension CookieConfig: Described {
  public static let schema = StructSchema<Self>(
    "CookieConfig", summary: "How the hashed cookie is generated.",
    [
      Field("Session", \.session, .bool, "Generates a session cookie, with no expiry."),
      Field("TTL", \.ttl, .duration, "The lifetime of generated cookies; not with Session."),
      Field("Path", \.path, .string, "The path set on generated cookies."),
    ])
}
