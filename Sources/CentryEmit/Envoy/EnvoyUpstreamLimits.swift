import CentryModel

/// `circuit_breakers` and `outlier_detection` of an upstream cluster from the downstream's
/// `Limits` and `PassiveHealthCheck` (agent/xds/clusters.go `makeThresholdsIfNeeded`,
/// agent/xds/config `ToOutlierDetection(p, nil, allowZero: true)` for connect proxies).
enum EnvoyUpstreamLimits {
  /// No `Limits`: `{}`. `Limits` (even empty): one threshold with exactly the values set —
  /// `MaxConnections` → `max_connections`, `MaxPendingRequests` → `max_pending_requests`,
  /// `MaxConcurrentRequests` → `max_requests`; 0 is written, unset is left to Envoy's defaults
  /// (1024 each).
  static func circuitBreakers(_ limits: UpstreamLimits?) -> YAMLNode {
    guard let limits else { return YAMLMap.empty }
    var threshold = YAMLMap()
    threshold.add("max_connections", ifPresent: uint32(limits.maxConnections?.value))
    threshold.add("max_pending_requests", ifPresent: uint32(limits.maxPendingRequests?.value))
    threshold.add("max_requests", ifPresent: uint32(limits.maxConcurrentRequests?.value))
    return YAMLMap.of(("thresholds", .sequence([threshold.node])))
  }

  /// Always present (empty turns Envoy's outlier detection on with its defaults: interval 10s,
  /// consecutive_5xx 5, enforcing 100, max_ejection_percent 10, base_ejection_time 30s).
  /// `Interval` and `MaxFailures` (→ `consecutive_5xx`) are written when non-zero;
  /// `EnforcingConsecutive5xx`, `MaxEjectionPercent` and `BaseEjectionTime` whenever set, 0 too.
  static func outlierDetection(_ check: PassiveHealthCheck?) -> YAMLNode {
    guard let check else { return YAMLMap.empty }
    var out = YAMLMap()
    if let interval = check.interval?.value.nanoseconds, interval != 0 {
      out.add("interval", ProtoJSON.duration(nanoseconds: interval))
    }
    if let failures = check.maxFailures?.value, failures != 0 { out.add("consecutive_5xx", .int(Int(failures))) }
    if let enforcing = check.enforcingConsecutive5xx?.value {
      out.add("enforcing_consecutive_5xx", .int(Int(enforcing)))
    }
    if let percent = check.maxEjectionPercent?.value { out.add("max_ejection_percent", .int(Int(percent))) }
    if let base = check.baseEjectionTime?.value.nanoseconds {
      out.add("base_ejection_time", ProtoJSON.duration(nanoseconds: base))
    }
    return out.node
  }

  /// Go's `makeUint32Value(int)`: a `uint32` conversion (validation rejects negatives).
  private static func uint32(_ value: Int?) -> YAMLNode? {
    value.map { .int(Int(UInt32(truncatingIfNeeded: $0))) }
  }
}
