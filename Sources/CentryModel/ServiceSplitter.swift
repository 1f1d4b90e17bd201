/// A `service-splitter` entry (spec core-entries §5).
public struct ServiceSplitter: Sendable, Hashable {
  public var name: Located<String>?
  public var partition: Located<String>?
  public var namespace: Located<String>?
  public var splits: Located<[Located<ServiceSplit>]>?
  public var meta: Located<OrderedMap<String>>?
  public var createIndex: Located<UInt64>?
  public var modifyIndex: Located<UInt64>?
  public init() {}
}

/// One `Splits` element.
public struct ServiceSplit: Sendable, Hashable {
  /// Go `float32` in Consul. Stored as the `Double` parsed from the text; checks must do the
  /// float32 arithmetic of spec core-entries §5.2 (`Float(weight)`).
  public var weight: Located<Double>?
  /// Defaults to the splitter's `Name`.
  public var service: Located<String>?
  public var serviceSubset: Located<String>?
  public var namespace: Located<String>?
  public var partition: Located<String>?
  public var requestHeaders: Located<HTTPHeaderModifiers>?
  public var responseHeaders: Located<HTTPHeaderModifiers>?
  public init() {}
}
