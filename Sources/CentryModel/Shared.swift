// Sub-objects shared by several kinds (spec other-entries §8, core-entries §3.2).

/// `TransparentProxy { OutboundListenerPort, DialedDirectly }` (service- and proxy-defaults).
public struct TransparentProxyConfig: Sendable, Hashable {
  /// `OutboundListenerPort` / `outbound_listener_port` (int; 0 = proxy default 15001).
  public var outboundListenerPort: Located<Int>?
  /// `DialedDirectly` / `dialed_directly`.
  public var dialedDirectly: Located<Bool>?
  public init() {}
}

/// `MeshGateway { Mode }`; `Mode` is `""`, `none`, `local` or `remote` (not validated by Consul).
public struct MeshGatewayConfig: Sendable, Hashable {
  public var mode: Located<String>?
  public init() {}
}

/// `Expose { Checks, Paths }`.
public struct ExposeConfig: Sendable, Hashable {
  public var checks: Located<Bool>?
  public var paths: Located<[Located<ExposePath>]>?
  public init() {}
}

/// One `Expose.Paths` element.
public struct ExposePath: Sendable, Hashable {
  /// `ListenerPort` / `listener_port`.
  public var listenerPort: Located<Int>?
  public var path: Located<String>?
  /// `LocalPathPort` / `local_path_port`.
  public var localPathPort: Located<Int>?
  /// `http` (default) or `http2`.
  public var `protocol`: Located<String>?
  /// Output-only; users should not set it. No snake alias in the CLI's structs.
  public var parsedFromCheck: Located<Bool>?
  public init() {}
}

/// `RequestHeaders` / `ResponseHeaders` of routes and splits. No aliases inside.
public struct HTTPHeaderModifiers: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): inline, the three took 150 bytes in every
  /// destination and split (and in every compiled chain's splits), set or not.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case add(Located<OrderedMap<String>>)
    case set(Located<OrderedMap<String>>)
    case remove(Located<[Located<String>]>)

    enum Tag: Int, Comparable {
      case add, set, remove
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .add: .add
      case .set: .set
      case .remove: .remove
      }
    }
  }

  /// Header name → value, appended.
  public var add: Located<OrderedMap<String>>? {
    get {
      fields.first {
        if case .add(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.add, newValue.map(Field.add)) }
  }
  /// Header name → value, overwritten.
  public var set: Located<OrderedMap<String>>? {
    get {
      fields.first {
        if case .set(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.set, newValue.map(Field.set)) }
  }
  public var remove: Located<[Located<String>]>? {
    get {
      fields.first {
        if case .remove(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.remove, newValue.map(Field.remove)) }
  }
  public init() {}
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension HTTPHeaderModifiers: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self, children: [("add", add as Any), ("set", set as Any), ("remove", remove as Any)], displayStyle: .struct)
  }
}

/// One `EnvoyExtensions` element. None of its keys has a snake alias.
public struct EnvoyExtension: Sendable, Hashable {
  public var name: Located<String>?
  public var required: Located<Bool>?
  /// Free-form arguments, validated by the extension itself.
  public var arguments: Located<OrderedMap<OpaqueValue>>?
  /// A go-version constraint (`>= 1.20, < 1.22`).
  public var consulVersion: Located<String>?
  public var envoyVersion: Located<String>?
  public init() {}
}

/// A failover policy `{ Mode, Regions }` (resolver failover, proxy-defaults `FailoverPolicy`).
public struct ServiceResolverFailoverPolicy: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): rarely written, and inline the two took 72
  /// bytes in every failover entry and every compiled chain's failover.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case mode(Located<String>)
    case regions(Located<[Located<String>]>)

    enum Tag: Int, Comparable {
      case mode, regions
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .mode: .mode
      case .regions: .regions
      }
    }
  }

  /// `""`, `sequential` or `order-by-locality` (Enterprise when set).
  public var mode: Located<String>? {
    get {
      fields.first {
        if case .mode(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.mode, newValue.map(Field.mode)) }
  }
  public var regions: Located<[Located<String>]>? {
    get {
      fields.first {
        if case .regions(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.regions, newValue.map(Field.regions)) }
  }
  public init() {}
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceResolverFailoverPolicy: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(self, children: [("mode", mode as Any), ("regions", regions as Any)], displayStyle: .struct)
  }
}

/// `PrioritizeByLocality { Mode }` (Enterprise): `""`, `none` or `failover`.
public struct ServiceResolverPrioritizeByLocality: Sendable, Hashable {
  public var mode: Located<String>?
  public init() {}
}
