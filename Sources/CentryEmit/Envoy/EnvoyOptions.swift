/// Settings of `compile --to envoy` (spec envoy §2.1).
public struct EnvoyOptions: Sendable, Equatable {
  /// Consul's golden-test trust domain.
  public static let defaultTrustDomain = "11111111-2222-3333-4444-555555555555.consul"
  public static let defaultDatacenter = "dc1"

  /// `<CA cluster id>.consul`: the last part of every SNI and the SPIFFE authority.
  public var trustDomain: String
  /// The local datacenter of the proxy (and of targets that name none).
  public var datacenter: String
  /// Which Consul line's output to reproduce where they differ (spec envoy §6).
  public var consul: ConsulLine

  public init(
    trustDomain: String = EnvoyOptions.defaultTrustDomain, datacenter: String = EnvoyOptions.defaultDatacenter,
    consul: ConsulLine = .newest
  ) {
    self.trustDomain = trustDomain
    self.datacenter = datacenter
    self.consul = consul
  }
}

/// Consul release lines whose Envoy output differs (spec envoy §6, §3.4).
public enum ConsulLine: String, Sendable, CaseIterable {
  /// The 1.22 line (the default): `PrefixRewrite = "/"` is a `regex_rewrite`.
  case v1_22 = "1.22"
  /// 1.18 to 1.21: the same forms except `PrefixRewrite = "/"`, which is a plain `prefix_rewrite: /`.
  case v1_21 = "1.21"

  public static let newest: ConsulLine = .v1_22
}

/// Why `compile --to envoy` could not produce output.
public struct EnvoyFailure: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
