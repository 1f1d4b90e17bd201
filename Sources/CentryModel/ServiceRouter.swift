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
public struct ServiceRoute: Sendable, Hashable {
  /// Boxed (copy-on-write): rules and the chain compiler walk and copy routes constantly; a copy is
  /// then one reference-count increment instead of two nested optionals of located values.
  private var storage = CopyOnWrite(Fields())
  private struct Fields: Sendable, Hashable {
    var match: Located<ServiceRouteMatch>?
    var destination: Located<ServiceRouteDestination>?
  }

  /// Absent (or without `HTTP`) matches everything.
  public var match: Located<ServiceRouteMatch>? {
    get { storage.value.match }
    set { storage.value.match = newValue }
  }
  /// Absent means the router's own service.
  public var destination: Located<ServiceRouteDestination>? {
    get { storage.value.destination }
    set { storage.value.destination = newValue }
  }
  public init() {}
}

/// `Match { HTTP { … } }`.
public struct ServiceRouteMatch: Sendable, Hashable {
  public var http: Located<ServiceRouteHTTPMatch>?
  public init() {}
}

/// `Match.HTTP`.
public struct ServiceRouteHTTPMatch: Sendable, Hashable {
  /// Boxed (copy-on-write): seven optional located fields are ~600 bytes inline, and every rule and
  /// chain route copies them.
  private var storage = CopyOnWrite(Fields())
  private struct Fields: Sendable, Hashable {
    var pathExact: Located<String>?
    var pathPrefix: Located<String>?
    var pathRegex: Located<String>?
    var caseInsensitive: Located<Bool>?
    var header: Located<[Located<ServiceRouteHTTPMatchHeader>]>?
    var queryParam: Located<[Located<ServiceRouteHTTPMatchQueryParam>]>?
    var methods: Located<[Located<String>]>?
  }

  public var pathExact: Located<String>? {
    get { storage.value.pathExact }
    set { storage.value.pathExact = newValue }
  }
  public var pathPrefix: Located<String>? {
    get { storage.value.pathPrefix }
    set { storage.value.pathPrefix = newValue }
  }
  public var pathRegex: Located<String>? {
    get { storage.value.pathRegex }
    set { storage.value.pathRegex = newValue }
  }
  public var caseInsensitive: Located<Bool>? {
    get { storage.value.caseInsensitive }
    set { storage.value.caseInsensitive = newValue }
  }
  public var header: Located<[Located<ServiceRouteHTTPMatchHeader>]>? {
    get { storage.value.header }
    set { storage.value.header = newValue }
  }
  /// `QueryParam` / `query_param`.
  public var queryParam: Located<[Located<ServiceRouteHTTPMatchQueryParam>]>? {
    get { storage.value.queryParam }
    set { storage.value.queryParam = newValue }
  }
  public var methods: Located<[Located<String>]>? {
    get { storage.value.methods }
    set { storage.value.methods = newValue }
  }
  public init() {}
}

/// One `Match.HTTP.Header` element.
///
/// `Contains`/`IgnoreCase` exist only on intention header permissions, not on router headers
/// (spec core-entries §4.1), so they are unknown fields here.
public struct ServiceRouteHTTPMatchHeader: Sendable, Hashable {
  public var name: Located<String>?
  public var present: Located<Bool>?
  public var exact: Located<String>?
  public var prefix: Located<String>?
  public var suffix: Located<String>?
  public var regex: Located<String>?
  public var invert: Located<Bool>?
  public init() {}
}

/// One `Match.HTTP.QueryParam` element.
public struct ServiceRouteHTTPMatchQueryParam: Sendable, Hashable {
  public var name: Located<String>?
  public var present: Located<Bool>?
  public var exact: Located<String>?
  public var regex: Located<String>?
  public init() {}
}

/// A route's `Destination`.
public struct ServiceRouteDestination: Sendable, Hashable {
  /// Boxed (copy-on-write): thirteen optional located fields are over 1 KB inline, and every rule
  /// and chain route copies them.
  private var storage = CopyOnWrite(Fields())
  private struct Fields: Sendable, Hashable {
    var service: Located<String>?
    var serviceSubset: Located<String>?
    var namespace: Located<String>?
    var partition: Located<String>?
    var prefixRewrite: Located<String>?
    var requestTimeout: Located<GoDuration>?
    var idleTimeout: Located<GoDuration>?
    var numRetries: Located<UInt32>?
    var retryOnConnectFailure: Located<Bool>?
    var retryOn: Located<[Located<String>]>?
    var retryOnStatusCodes: Located<[Located<UInt32>]>?
    var requestHeaders: Located<HTTPHeaderModifiers>?
    var responseHeaders: Located<HTTPHeaderModifiers>?
  }

  /// Defaults to the router's `Name`.
  public var service: Located<String>? {
    get { storage.value.service }
    set { storage.value.service = newValue }
  }
  public var serviceSubset: Located<String>? {
    get { storage.value.serviceSubset }
    set { storage.value.serviceSubset = newValue }
  }
  public var namespace: Located<String>? {
    get { storage.value.namespace }
    set { storage.value.namespace = newValue }
  }
  public var partition: Located<String>? {
    get { storage.value.partition }
    set { storage.value.partition = newValue }
  }
  public var prefixRewrite: Located<String>? {
    get { storage.value.prefixRewrite }
    set { storage.value.prefixRewrite = newValue }
  }
  /// Negative disables the timeout.
  public var requestTimeout: Located<GoDuration>? {
    get { storage.value.requestTimeout }
    set { storage.value.requestTimeout = newValue }
  }
  public var idleTimeout: Located<GoDuration>? {
    get { storage.value.idleTimeout }
    set { storage.value.idleTimeout = newValue }
  }
  public var numRetries: Located<UInt32>? {
    get { storage.value.numRetries }
    set { storage.value.numRetries = newValue }
  }
  public var retryOnConnectFailure: Located<Bool>? {
    get { storage.value.retryOnConnectFailure }
    set { storage.value.retryOnConnectFailure = newValue }
  }
  public var retryOn: Located<[Located<String>]>? {
    get { storage.value.retryOn }
    set { storage.value.retryOn = newValue }
  }
  public var retryOnStatusCodes: Located<[Located<UInt32>]>? {
    get { storage.value.retryOnStatusCodes }
    set { storage.value.retryOnStatusCodes = newValue }
  }
  public var requestHeaders: Located<HTTPHeaderModifiers>? {
    get { storage.value.requestHeaders }
    set { storage.value.requestHeaders = newValue }
  }
  public var responseHeaders: Located<HTTPHeaderModifiers>? {
    get { storage.value.responseHeaders }
    set { storage.value.responseHeaders = newValue }
  }
  public init() {}
}

/// Reflects the fields, not the box, so that dumps and reflection see the same shape as before
/// the storage was boxed.
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

/// Reflects the fields, not the box, so that dumps and reflection see the same shape as before
/// the storage was boxed.
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

/// Reflects the fields, not the box, so that dumps and reflection see the same shape as before
/// the storage was boxed.
extension ServiceRoute: CustomReflectable {
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        ("match", match as Any),
        ("destination", destination as Any),
      ], displayStyle: .struct)
  }
}
