import CentryAnalysis
import CentryModel

/// The configuration a downstream's proxy carries for one upstream, resolved from the entries as
/// Consul's `ComputeResolvedServiceConfig` (agent/configentry/resolve.go) builds it and
/// `ParseUpstreamConfigNoDefaults` reads it back.
///
/// Precedence, later wins:
/// - `protocol`: proxy-defaults `Config.protocol`, the upstream's own service-defaults `Protocol`,
///   the downstream's `UpstreamConfig.Defaults.Protocol`, its `Overrides[Name = upstream].Protocol`;
/// - mesh gateway mode: proxy-defaults `MeshGateway`, the downstream's service-defaults
///   `MeshGateway`, `Defaults.MeshGateway`, the override's (the proxy registration's own values
///   come between the last two; centry has no registration);
/// - `ConnectTimeoutMs`, `Limits`, `PassiveHealthCheck`, `BalanceOutboundConnections`,
///   `EnvoyClusterJSON`: `Defaults`, then the override — each as a whole (`MergeInto` replaces the
///   `limits` object, it does not merge its fields).
struct ResolvedUpstreamConfig: Sendable {
  var `protocol`: String?
  /// Milliseconds; 0: unset.
  var connectTimeoutMs = 0
  var meshGatewayMode: String?
  var limits: UpstreamLimits?
  var passiveHealthCheck: PassiveHealthCheck?
  /// Reaches the upstream *listener* (`connection_balance_config`), which centry does not emit.
  var balanceOutboundConnections: String?
  /// `EnvoyClusterJSON` replaces the cluster of a default chain; centry does not apply it.
  var hasEscapeHatch = false

  /// What the proxy compiles the upstream's chain with (proxycfg's `reducedUpstreamConfig`).
  var chainOverrides: ChainOverrides {
    ChainOverrides(
      protocol: `protocol`, connectTimeout: connectTimeoutMs > 0 ? Int64(connectTimeoutMs) * 1_000_000 : nil,
      meshGatewayMode: meshGatewayMode)
  }

  /// The resolved configuration of `upstream` for the proxy of `downstream`.
  static func resolve(downstream: String, upstream: String, entries: EntrySet) -> ResolvedUpstreamConfig {
    var out = ResolvedUpstreamConfig()
    let proxyDefaults = entries.proxyDefaults
    let downstreamDefaults = entries.serviceDefaults(named: downstream)
    out.protocol = nonEmpty(proxyDefaults?.configProtocol?.value)
    if let value = nonEmpty(entries.serviceDefaults(named: upstream)?.protocol?.value) { out.protocol = value }
    out.meshGatewayMode = nonEmpty(proxyDefaults?.meshGateway?.value.mode?.value)
    if let mode = nonEmpty(downstreamDefaults?.meshGateway?.value.mode?.value) { out.meshGatewayMode = mode }
    let configuration = downstreamDefaults?.upstreamConfig?.value
    if let defaults = configuration?.defaults?.value { out.merge(defaults) }
    // Overrides are keyed by the upstream's service ID (name, namespace, partition, peer): only an
    // override for the local service with this exact name applies to its chain.
    let override = configuration?.overrides.orEmpty().last { located in
      let value = located.value
      return value.name?.value == upstream && (nonEmpty(value.peer?.value) == nil)
        && ["", "default"].contains(value.namespace?.value ?? "")
        && ["", "default"].contains(value.partition?.value ?? "")
    }
    if let override { out.merge(override.value) }
    out.protocol = out.protocol?.lowercased()
    return out
  }

  /// `UpstreamConfig.MergeInto`: every set field replaces what is there.
  private mutating func merge(_ config: UpstreamConfig) {
    if let value = ResolvedUpstreamConfig.nonEmpty(config.protocol?.value) { `protocol` = value }
    if let value = config.connectTimeoutMs?.value, value > 0 { connectTimeoutMs = value }
    if let mode = ResolvedUpstreamConfig.nonEmpty(config.meshGateway?.value.mode?.value) { meshGatewayMode = mode }
    if let value = config.limits?.value { limits = value }
    if let value = config.passiveHealthCheck?.value { passiveHealthCheck = value }
    if let value = ResolvedUpstreamConfig.nonEmpty(config.balanceOutboundConnections?.value) {
      balanceOutboundConnections = value
    }
    if ResolvedUpstreamConfig.nonEmpty(config.envoyClusterJSON?.value) != nil { hasEscapeHatch = true }
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
  }
}
