/// The chain compiler's float32 weight helpers, next to the validation layer's ``SplitWeight``
/// (spec core-entries §5.2): integer units of 0.01 %, float32 throughout.
extension SplitWeight {
  /// `round(Double(Float32(w) × 100))`: the weight in units of 0.01 % (0 when it does not fit).
  static func units(_ weight: Float) -> Int64 {
    let scaled = Double(weight * Float(100)).rounded()
    guard scaled.isFinite, abs(scaled) < 9e18 else { return 0 }
    return Int64(scaled)
  }

  /// The weight Consul stores: `Float32(units) / 100`.
  static func normalize(_ weight: Float) -> Float {
    Float(units(weight)) / Float(100)
  }

  /// The stored weight of a weight as written.
  static func normalize(_ weight: Double) -> Float {
    normalize(Float(weight))
  }

  /// `outer × inner / 100` in float32, normalized: the weight of a leg of a nested splitter.
  static func nested(outer: Float, inner: Float) -> Float {
    normalize(outer * inner / Float(100))
  }

  /// `50`, `33.33`, `0.01`: at most two decimals, trailing zeros dropped.
  static func format(_ weight: Float) -> String {
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

extension ChainSplit {
  /// The weight as written for people: `50`, `33.33`.
  public var weightText: String { SplitWeight.format(weight) }
}
