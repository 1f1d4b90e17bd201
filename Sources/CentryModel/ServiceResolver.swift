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
  /// Only the fields that are set (``PackedFields``): seven optional located strings took 280
  /// bytes inline in every resolver that has a redirect, and a redirect names one or two.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case service(Located<String>)
    case serviceSubset(Located<String>)
    case namespace(Located<String>)
    case partition(Located<String>)
    case datacenter(Located<String>)
    case peer(Located<String>)
    case samenessGroup(Located<String>)

    enum Tag: Int, Comparable {
      case service, serviceSubset, namespace, partition, datacenter, peer, samenessGroup
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .service: .service
      case .serviceSubset: .serviceSubset
      case .namespace: .namespace
      case .partition: .partition
      case .datacenter: .datacenter
      case .peer: .peer
      case .samenessGroup: .samenessGroup
      }
    }
  }

  public var service: Located<String>? {
    get {
      fields.first {
        if case .service(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.service, newValue.map(Field.service)) }
  }
  public var serviceSubset: Located<String>? {
    get {
      fields.first {
        if case .serviceSubset(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.serviceSubset, newValue.map(Field.serviceSubset)) }
  }
  public var namespace: Located<String>? {
    get {
      fields.first {
        if case .namespace(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.namespace, newValue.map(Field.namespace)) }
  }
  public var partition: Located<String>? {
    get {
      fields.first {
        if case .partition(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.partition, newValue.map(Field.partition)) }
  }
  public var datacenter: Located<String>? {
    get {
      fields.first {
        if case .datacenter(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.datacenter, newValue.map(Field.datacenter)) }
  }
  public var peer: Located<String>? {
    get {
      fields.first {
        if case .peer(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.peer, newValue.map(Field.peer)) }
  }
  public var samenessGroup: Located<String>? {
    get {
      fields.first {
        if case .samenessGroup(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.samenessGroup, newValue.map(Field.samenessGroup)) }
  }
  public init() {}
}

/// One `Failover` value.
public struct ServiceResolverFailover: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): inline, the seven took 330 bytes per failover
  /// entry, and an entry sets one or two.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case service(Located<String>)
    case serviceSubset(Located<String>)
    case namespace(Located<String>)
    case datacenters(Located<[Located<String>]>)
    case targets(Located<[Located<ServiceResolverFailoverTarget>]>)
    case policy(Located<ServiceResolverFailoverPolicy>)
    case samenessGroup(Located<String>)

    enum Tag: Int, Comparable {
      case service, serviceSubset, namespace, datacenters, targets, policy, samenessGroup
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .service: .service
      case .serviceSubset: .serviceSubset
      case .namespace: .namespace
      case .datacenters: .datacenters
      case .targets: .targets
      case .policy: .policy
      case .samenessGroup: .samenessGroup
      }
    }
  }

  public var service: Located<String>? {
    get {
      fields.first {
        if case .service(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.service, newValue.map(Field.service)) }
  }
  public var serviceSubset: Located<String>? {
    get {
      fields.first {
        if case .serviceSubset(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.serviceSubset, newValue.map(Field.serviceSubset)) }
  }
  public var namespace: Located<String>? {
    get {
      fields.first {
        if case .namespace(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.namespace, newValue.map(Field.namespace)) }
  }
  public var datacenters: Located<[Located<String>]>? {
    get {
      fields.first {
        if case .datacenters(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.datacenters, newValue.map(Field.datacenters)) }
  }
  public var targets: Located<[Located<ServiceResolverFailoverTarget>]>? {
    get {
      fields.first {
        if case .targets(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.targets, newValue.map(Field.targets)) }
  }
  public var policy: Located<ServiceResolverFailoverPolicy>? {
    get {
      fields.first {
        if case .policy(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.policy, newValue.map(Field.policy)) }
  }
  public var samenessGroup: Located<String>? {
    get {
      fields.first {
        if case .samenessGroup(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.samenessGroup, newValue.map(Field.samenessGroup)) }
  }
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
  /// Only the fields that are set (``PackedFields``; the ring hash sizes boxed on their own): inline,
  /// the four took 230 bytes in every resolver and in every compiled chain's resolver and splitter
  /// nodes, most of which have no load balancer at all.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case policy(Located<String>)
    indirect case ringHashConfig(Located<RingHashConfig>)
    case leastRequestConfig(Located<LeastRequestConfig>)
    case hashPolicies(Located<[Located<HashPolicy>]>)

    enum Tag: Int, Comparable {
      case policy, ringHashConfig, leastRequestConfig, hashPolicies
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .policy: .policy
      case .ringHashConfig: .ringHashConfig
      case .leastRequestConfig: .leastRequestConfig
      case .hashPolicies: .hashPolicies
      }
    }
  }

  /// `""`, `random`, `round_robin`, `least_request`, `ring_hash`, `maglev` (case-sensitive).
  public var policy: Located<String>? {
    get {
      fields.first {
        if case .policy(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.policy, newValue.map(Field.policy)) }
  }
  public var ringHashConfig: Located<RingHashConfig>? {
    get {
      fields.first {
        if case .ringHashConfig(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.ringHashConfig, newValue.map(Field.ringHashConfig)) }
  }
  public var leastRequestConfig: Located<LeastRequestConfig>? {
    get {
      fields.first {
        if case .leastRequestConfig(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.leastRequestConfig, newValue.map(Field.leastRequestConfig)) }
  }
  public var hashPolicies: Located<[Located<HashPolicy>]>? {
    get {
      fields.first {
        if case .hashPolicies(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.hashPolicies, newValue.map(Field.hashPolicies)) }
  }
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

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceResolverRedirect: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("service", service as Any),
        ("serviceSubset", serviceSubset as Any),
        ("namespace", namespace as Any),
        ("partition", partition as Any),
        ("datacenter", datacenter as Any),
        ("peer", peer as Any),
        ("samenessGroup", samenessGroup as Any),
      ], displayStyle: .struct)
  }
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceResolverFailover: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("service", service as Any),
        ("serviceSubset", serviceSubset as Any),
        ("namespace", namespace as Any),
        ("datacenters", datacenters as Any),
        ("targets", targets as Any),
        ("policy", policy as Any),
        ("samenessGroup", samenessGroup as Any),
      ], displayStyle: .struct)
  }
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension LoadBalancer: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("policy", policy as Any),
        ("ringHashConfig", ringHashConfig as Any),
        ("leastRequestConfig", leastRequestConfig as Any),
        ("hashPolicies", hashPolicies as Any),
      ], displayStyle: .struct)
  }
}
