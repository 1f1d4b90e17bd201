/// A `service-router` entry (spec core-entries §4).
public struct ServiceRouter: Sendable, Hashable {
  public var name: Located<String>?
  public var partition: Located<String>?
  public var namespace: Located<String>?
  /// Ordered routes; first match wins.
  public var routes: Located<[Located<ServiceRoute>]>?
  public var meta: Located<OrderedMap<String>>?
  public var createIndex: Located<UInt64>?
  public var modifyIndex: Located<UInt64>?
  public init() {}
}

/// One `Routes` element.
///
/// Inline, no box of its own: both fields are a few words now that `Match.HTTP` and `Destination`
/// keep only their set fields in copy-on-write arrays, so a copy costs two reference-count
/// increments, and a box per route cost an allocation and 40 bytes more than it saved.
public struct ServiceRoute: Sendable, Hashable {
  /// Absent (or without `HTTP`) matches everything.
  public var match: Located<ServiceRouteMatch>?
  /// Absent means the router's own service.
  public var destination: Located<ServiceRouteDestination>?
  public init() {}
}

/// `Match { HTTP { … } }`.
public struct ServiceRouteMatch: Sendable, Hashable {
  public var http: Located<ServiceRouteHTTPMatch>?
  public init() {}
}

/// `Match.HTTP`.
public struct ServiceRouteHTTPMatch: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): seven optional located fields took 300 bytes
  /// per route inline, and a route sets one to three of them.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case pathExact(Located<String>)
    case pathPrefix(Located<String>)
    case pathRegex(Located<String>)
    case caseInsensitive(Located<Bool>)
    case header(Located<[Located<ServiceRouteHTTPMatchHeader>]>)
    case queryParam(Located<[Located<ServiceRouteHTTPMatchQueryParam>]>)
    case methods(Located<[Located<String>]>)

    enum Tag: Int, Comparable {
      case pathExact, pathPrefix, pathRegex, caseInsensitive, header, queryParam, methods
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .pathExact: .pathExact
      case .pathPrefix: .pathPrefix
      case .pathRegex: .pathRegex
      case .caseInsensitive: .caseInsensitive
      case .header: .header
      case .queryParam: .queryParam
      case .methods: .methods
      }
    }
  }

  public var pathExact: Located<String>? {
    get {
      fields.first {
        if case .pathExact(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.pathExact, newValue.map(Field.pathExact)) }
  }
  public var pathPrefix: Located<String>? {
    get {
      fields.first {
        if case .pathPrefix(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.pathPrefix, newValue.map(Field.pathPrefix)) }
  }
  public var pathRegex: Located<String>? {
    get {
      fields.first {
        if case .pathRegex(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.pathRegex, newValue.map(Field.pathRegex)) }
  }
  public var caseInsensitive: Located<Bool>? {
    get {
      fields.first {
        if case .caseInsensitive(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.caseInsensitive, newValue.map(Field.caseInsensitive)) }
  }
  public var header: Located<[Located<ServiceRouteHTTPMatchHeader>]>? {
    get {
      fields.first {
        if case .header(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.header, newValue.map(Field.header)) }
  }
  /// `QueryParam` / `query_param`.
  public var queryParam: Located<[Located<ServiceRouteHTTPMatchQueryParam>]>? {
    get {
      fields.first {
        if case .queryParam(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.queryParam, newValue.map(Field.queryParam)) }
  }
  public var methods: Located<[Located<String>]>? {
    get {
      fields.first {
        if case .methods(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.methods, newValue.map(Field.methods)) }
  }
  public init() {}
}

/// One `Match.HTTP.Header` element.
///
/// `Contains`/`IgnoreCase` exist only on intention header permissions, not on router headers
/// (spec core-entries §4.1), so they are unknown fields here.
public struct ServiceRouteHTTPMatchHeader: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): a header match sets two of its seven.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case name(Located<String>)
    case present(Located<Bool>)
    case exact(Located<String>)
    case prefix(Located<String>)
    case suffix(Located<String>)
    case regex(Located<String>)
    case invert(Located<Bool>)

    enum Tag: Int, Comparable {
      case name, present, exact, prefix, suffix, regex, invert
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .name: .name
      case .present: .present
      case .exact: .exact
      case .prefix: .prefix
      case .suffix: .suffix
      case .regex: .regex
      case .invert: .invert
      }
    }
  }

  public var name: Located<String>? {
    get {
      fields.first {
        if case .name(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.name, newValue.map(Field.name)) }
  }
  public var present: Located<Bool>? {
    get {
      fields.first {
        if case .present(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.present, newValue.map(Field.present)) }
  }
  public var exact: Located<String>? {
    get {
      fields.first {
        if case .exact(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.exact, newValue.map(Field.exact)) }
  }
  public var prefix: Located<String>? {
    get {
      fields.first {
        if case .prefix(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.prefix, newValue.map(Field.prefix)) }
  }
  public var suffix: Located<String>? {
    get {
      fields.first {
        if case .suffix(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.suffix, newValue.map(Field.suffix)) }
  }
  public var regex: Located<String>? {
    get {
      fields.first {
        if case .regex(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.regex, newValue.map(Field.regex)) }
  }
  public var invert: Located<Bool>? {
    get {
      fields.first {
        if case .invert(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.invert, newValue.map(Field.invert)) }
  }
  public init() {}
}

/// One `Match.HTTP.QueryParam` element.
public struct ServiceRouteHTTPMatchQueryParam: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): a query match sets two of its four.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case name(Located<String>)
    case present(Located<Bool>)
    case exact(Located<String>)
    case regex(Located<String>)

    enum Tag: Int, Comparable {
      case name, present, exact, regex
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .name: .name
      case .present: .present
      case .exact: .exact
      case .regex: .regex
      }
    }
  }

  public var name: Located<String>? {
    get {
      fields.first {
        if case .name(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.name, newValue.map(Field.name)) }
  }
  public var present: Located<Bool>? {
    get {
      fields.first {
        if case .present(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.present, newValue.map(Field.present)) }
  }
  public var exact: Located<String>? {
    get {
      fields.first {
        if case .exact(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.exact, newValue.map(Field.exact)) }
  }
  public var regex: Located<String>? {
    get {
      fields.first {
        if case .regex(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.regex, newValue.map(Field.regex)) }
  }
  public init() {}
}

/// A route's `Destination`.
public struct ServiceRouteDestination: Sendable, Hashable {
  /// Only the fields that are set (``PackedFields``): thirteen optional located fields took 870
  /// bytes per route inline (25 MB of a 10,000-entry lint), and a route sets two to five of them.
  private var fields = PackedFields<Field>()

  private enum Field: PackedField {
    case service(Located<String>)
    case serviceSubset(Located<String>)
    case namespace(Located<String>)
    case partition(Located<String>)
    case prefixRewrite(Located<String>)
    case requestTimeout(Located<GoDuration>)
    case idleTimeout(Located<GoDuration>)
    case numRetries(Located<UInt32>)
    case retryOnConnectFailure(Located<Bool>)
    case retryOn(Located<[Located<String>]>)
    case retryOnStatusCodes(Located<[Located<UInt32>]>)
    case requestHeaders(Located<HTTPHeaderModifiers>)
    case responseHeaders(Located<HTTPHeaderModifiers>)

    enum Tag: Int, Comparable {
      case service, serviceSubset, namespace, partition, prefixRewrite, requestTimeout, idleTimeout, numRetries
      case retryOnConnectFailure, retryOn, retryOnStatusCodes, requestHeaders, responseHeaders
      static func < (a: Tag, b: Tag) -> Bool { a.rawValue < b.rawValue }
    }

    var tag: Tag {
      switch self {
      case .service: .service
      case .serviceSubset: .serviceSubset
      case .namespace: .namespace
      case .partition: .partition
      case .prefixRewrite: .prefixRewrite
      case .requestTimeout: .requestTimeout
      case .idleTimeout: .idleTimeout
      case .numRetries: .numRetries
      case .retryOnConnectFailure: .retryOnConnectFailure
      case .retryOn: .retryOn
      case .retryOnStatusCodes: .retryOnStatusCodes
      case .requestHeaders: .requestHeaders
      case .responseHeaders: .responseHeaders
      }
    }
  }

  /// Defaults to the router's `Name`.
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
  public var prefixRewrite: Located<String>? {
    get {
      fields.first {
        if case .prefixRewrite(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.prefixRewrite, newValue.map(Field.prefixRewrite)) }
  }
  /// Negative disables the timeout.
  public var requestTimeout: Located<GoDuration>? {
    get {
      fields.first {
        if case .requestTimeout(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.requestTimeout, newValue.map(Field.requestTimeout)) }
  }
  public var idleTimeout: Located<GoDuration>? {
    get {
      fields.first {
        if case .idleTimeout(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.idleTimeout, newValue.map(Field.idleTimeout)) }
  }
  public var numRetries: Located<UInt32>? {
    get {
      fields.first {
        if case .numRetries(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.numRetries, newValue.map(Field.numRetries)) }
  }
  public var retryOnConnectFailure: Located<Bool>? {
    get {
      fields.first {
        if case .retryOnConnectFailure(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.retryOnConnectFailure, newValue.map(Field.retryOnConnectFailure)) }
  }
  public var retryOn: Located<[Located<String>]>? {
    get {
      fields.first {
        if case .retryOn(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.retryOn, newValue.map(Field.retryOn)) }
  }
  public var retryOnStatusCodes: Located<[Located<UInt32>]>? {
    get {
      fields.first {
        if case .retryOnStatusCodes(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.retryOnStatusCodes, newValue.map(Field.retryOnStatusCodes)) }
  }
  public var requestHeaders: Located<HTTPHeaderModifiers>? {
    get {
      fields.first {
        if case .requestHeaders(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.requestHeaders, newValue.map(Field.requestHeaders)) }
  }
  public var responseHeaders: Located<HTTPHeaderModifiers>? {
    get {
      fields.first {
        if case .responseHeaders(let value) = $0 { return value }
        return nil
      }
    }
    set { fields.set(.responseHeaders, newValue.map(Field.responseHeaders)) }
  }
  public init() {}
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceRouteHTTPMatch: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("pathExact", pathExact as Any),
        ("pathPrefix", pathPrefix as Any),
        ("pathRegex", pathRegex as Any),
        ("caseInsensitive", caseInsensitive as Any),
        ("header", header as Any),
        ("queryParam", queryParam as Any),
        ("methods", methods as Any),
      ], displayStyle: .struct)
  }
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceRouteDestination: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("service", service as Any),
        ("serviceSubset", serviceSubset as Any),
        ("namespace", namespace as Any),
        ("partition", partition as Any),
        ("prefixRewrite", prefixRewrite as Any),
        ("requestTimeout", requestTimeout as Any),
        ("idleTimeout", idleTimeout as Any),
        ("numRetries", numRetries as Any),
        ("retryOnConnectFailure", retryOnConnectFailure as Any),
        ("retryOn", retryOn as Any),
        ("retryOnStatusCodes", retryOnStatusCodes as Any),
        ("requestHeaders", requestHeaders as Any),
        ("responseHeaders", responseHeaders as Any),
      ], displayStyle: .struct)
  }
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceRouteHTTPMatchHeader: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("name", name as Any),
        ("present", present as Any),
        ("exact", exact as Any),
        ("prefix", prefix as Any),
        ("suffix", suffix as Any),
        ("regex", regex as Any),
        ("invert", invert as Any),
      ], displayStyle: .struct)
  }
}

/// Reflects the fields, not their packed storage, so that dumps and reflection see every field.
extension ServiceRouteHTTPMatchQueryParam: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("name", name as Any),
        ("present", present as Any),
        ("exact", exact as Any),
        ("regex", regex as Any),
      ], displayStyle: .struct)
  }
}
