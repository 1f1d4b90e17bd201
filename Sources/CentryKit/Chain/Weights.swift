/// Consul's split-weight arithmetic (spec core-entries §5.2): float32, integer units of 0.01 %.
public enum SplitWeight {
  /// `round(Double(Float32(w) × 100))`: the weight in units of 0.01 %.
  public static func units(_ weight: Float) -> Int64 {
    let scaled = Double(weight * Float(100)).rounded()
    guard scaled.isFinite, abs(scaled) < 9e18 else { return 0 }
    return Int64(scaled)
  }

  /// The weight Consul stores: `Float32(units) / 100`.
  public static func normalize(_ weight: Float) -> Float {
    Float(units(weight)) / Float(100)
  }

  /// The stored weight of a weight as written.
  public static func normalize(_ weight: Double) -> Float {
    normalize(Float(weight))
  }

  /// `outer × inner / 100` in float32, normalized: the weight of a leg of a nested splitter.
  public static func nested(outer: Float, inner: Float) -> Float {
    normalize(outer * inner / Float(100))
  }

  /// `50`, `33.33`, `0.01`: at most two decimals, trailing zeros dropped.
  public static func format(_ weight: Float) -> String {
    let units = units(weight)
    let sign = units < 0 ? "-" : ""
    let magnitude = units.magnitude
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return "\(sign)\(whole)" }
    if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
    return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
