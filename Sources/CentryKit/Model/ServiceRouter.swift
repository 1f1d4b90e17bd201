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
  public var pathExact: Located<String>?
  public var pathPrefix: Located<String>?
  public var pathRegex: Located<String>?
  public var caseInsensitive: Located<Bool>?
  public var header: Located<[Located<ServiceRouteHTTPMatchHeader>]>?
  /// `QueryParam` / `query_param`.
  public var queryParam: Located<[Located<ServiceRouteHTTPMatchQueryParam>]>?
  public var methods: Located<[Located<String>]>?
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
  /// Defaults to the router's `Name`.
  public var service: Located<String>?
  public var serviceSubset: Located<String>?
  public var namespace: Located<String>?
  public var partition: Located<String>?
  public var prefixRewrite: Located<String>?
  /// Negative disables the timeout.
  public var requestTimeout: Located<GoDuration>?
  public var idleTimeout: Located<GoDuration>?
  public var numRetries: Located<UInt32>?
  public var retryOnConnectFailure: Located<Bool>?
  public var retryOn: Located<[Located<String>]>?
  public var retryOnStatusCodes: Located<[Located<UInt32>]>?
  public var requestHeaders: Located<HTTPHeaderModifiers>?
  public var responseHeaders: Located<HTTPHeaderModifiers>?
  public init() {}
}
