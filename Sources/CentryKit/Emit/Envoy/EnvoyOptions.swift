/// Settings of `compile --to envoy` (spec envoy §2.1).
public struct EnvoyOptions: Sendable, Equatable {
  /// Consul's golden-test trust domain.
  public static let defaultTrustDomain = "11111111-2222-3333-4444-555555555555.consul"
  public static let defaultDatacenter = "dc1"

  /// `<CA cluster id>.consul`: the last part of every SNI and the SPIFFE authority.
  public var trustDomain: String
  /// The local datacenter of the proxy (and of targets that name none).
  public var datacenter: String

  public init(trustDomain: String = EnvoyOptions.defaultTrustDomain, datacenter: String = EnvoyOptions.defaultDatacenter) {
    self.trustDomain = trustDomain
    self.datacenter = datacenter
  }
}

/// Why `compile --to envoy` could not produce output.
public struct EnvoyFailure: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
