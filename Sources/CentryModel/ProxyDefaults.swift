/// A `proxy-defaults` entry (spec other-entries §1).
public struct ProxyDefaults: Sendable, Hashable {
  /// Empty means `global`; anything else is rejected by Consul.
  public var name: Located<String>?
  public var partition: Located<String>?
  public var namespace: Located<String>?
  /// Opaque proxy config; keys are data (case-sensitive, never translated).
  public var config: Located<OrderedMap<OpaqueValue>>?
  /// `""`, `direct`, `transparent`.
  public var mode: Located<String>?
  public var transparentProxy: Located<TransparentProxyConfig>?
  public var mutualTLSMode: Located<String>?
  public var meshGateway: Located<MeshGatewayConfig>?
  public var expose: Located<ExposeConfig>?
  public var accessLogs: Located<AccessLogsConfig>?
  public var envoyExtensions: Located<[Located<EnvoyExtension>]>?
  public var failoverPolicy: Located<ServiceResolverFailoverPolicy>?
  /// Enterprise.
  public var prioritizeByLocality: Located<ServiceResolverPrioritizeByLocality>?
  public var meta: Located<OrderedMap<String>>?
  public var createIndex: Located<UInt64>?
  public var modifyIndex: Located<UInt64>?
  public init() {}

  /// `Config.protocol` weakly converted to a string (the mesh-wide default protocol), located at
  /// the `protocol` key.
  public var configProtocol: Located<String>? {
    guard let value = config?.value["protocol"], let string = value.value.weakString else { return nil }
    return value.map { _ in string }
  }
}

/// `AccessLogs` of proxy-defaults.
public struct AccessLogsConfig: Sendable, Hashable {
  public var enabled: Located<Bool>?
  public var disableListenerLogs: Located<Bool>?
  /// `""`, `file`, `stderr`, `stdout`.
  public var type: Located<String>?
  public var path: Located<String>?
  /// `JSONFormat` / `json_format`.
  public var jsonFormat: Located<String>?
  public var textFormat: Located<String>?
  public init() {}
}
