/// A `service-resolver` entry (spec core-entries §6).
public struct ServiceResolver: Sendable, Hashable {
  public var name: Located<String>?
  public var partition: Located<String>?
  public var namespace: Located<String>?
  public var defaultSubset: Located<String>?
  /// Subset name (verbatim) → subset.
  public var subsets: Located<OrderedMap<ServiceResolverSubset>>?
  public var redirect: Located<ServiceResolverRedirect>?
  /// Subset name or `*` (verbatim) → failover.
  public var failover: Located<OrderedMap<ServiceResolverFailover>>?
  public var connectTimeout: Located<GoDuration>?
  public var requestTimeout: Located<GoDuration>?
  /// Enterprise when `Mode` is set.
  public var prioritizeByLocality: Located<ServiceResolverPrioritizeByLocality>?
  public var loadBalancer: Located<LoadBalancer>?
  public var meta: Located<OrderedMap<String>>?
  public var createIndex: Located<UInt64>?
  public var modifyIndex: Located<UInt64>?
  public init() {}
}

/// One `Subsets` value.
public struct ServiceResolverSubset: Sendable, Hashable {
  /// A go-bexpr expression over the health-service result.
  public var filter: Located<String>?
  public var onlyPassing: Located<Bool>?
  public init() {}
}

/// `Redirect`.
public struct ServiceResolverRedirect: Sendable, Hashable {
  public var service: Located<String>?
  public var serviceSubset: Located<String>?
  public var namespace: Located<String>?
  public var partition: Located<String>?
  public var datacenter: Located<String>?
  public var peer: Located<String>?
  public var samenessGroup: Located<String>?
  public init() {}
}

/// One `Failover` value.
public struct ServiceResolverFailover: Sendable, Hashable {
  public var service: Located<String>?
  public var serviceSubset: Located<String>?
  public var namespace: Located<String>?
  public var datacenters: Located<[Located<String>]>?
  public var targets: Located<[Located<ServiceResolverFailoverTarget>]>?
  public var policy: Located<ServiceResolverFailoverPolicy>?
  public var samenessGroup: Located<String>?
  public init() {}
}

/// One `Failover[…].Targets` element.
public struct ServiceResolverFailoverTarget: Sendable, Hashable {
  public var service: Located<String>?
  public var serviceSubset: Located<String>?
  public var partition: Located<String>?
  public var namespace: Located<String>?
  public var datacenter: Located<String>?
  public var peer: Located<String>?
  public init() {}
}

/// `LoadBalancer`.
public struct LoadBalancer: Sendable, Hashable {
  /// `""`, `random`, `round_robin`, `least_request`, `ring_hash`, `maglev` (case-sensitive).
  public var policy: Located<String>?
  public var ringHashConfig: Located<RingHashConfig>?
  public var leastRequestConfig: Located<LeastRequestConfig>?
  public var hashPolicies: Located<[Located<HashPolicy>]>?
  public init() {}
}

/// `LoadBalancer.RingHashConfig`.
public struct RingHashConfig: Sendable, Hashable {
  public var minimumRingSize: Located<UInt64>?
  public var maximumRingSize: Located<UInt64>?
  public init() {}
}

/// `LoadBalancer.LeastRequestConfig`.
public struct LeastRequestConfig: Sendable, Hashable {
  public var choiceCount: Located<UInt32>?
  public init() {}
}

/// One `LoadBalancer.HashPolicies` element.
public struct HashPolicy: Sendable, Hashable {
  /// `header`, `cookie`, `query_parameter`.
  public var field: Located<String>?
  public var fieldValue: Located<String>?
  public var cookieConfig: Located<CookieConfig>?
  /// `SourceIP` / `source_ip`.
  public var sourceIP: Located<Bool>?
  public var terminal: Located<Bool>?
  public init() {}
}

/// `HashPolicies[…].CookieConfig`.
public struct CookieConfig: Sendable, Hashable {
  public var session: Located<Bool>?
  public var ttl: Located<GoDuration>?
  public var path: Located<String>?
  public init() {}
}
