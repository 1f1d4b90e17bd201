import CentryCore

/// Consul's split-weight arithmetic (spec core-entries §5.2, envoy §3.5), bit-exact; the one place
/// the validation rules, the chain compiler, the Envoy emitter and `explain`/`route` take it from.
///
/// Consul keeps weights as `float32` and reasons in integer units of 0.01 %: a weight is scaled
/// with one `float32` multiply by 100, widened to `float64` and rounded half away from zero.
public enum SplitWeight {
  /// The weight in units of 0.01 % (`33.333` → 3333); `nil` when it does not fit (`float32`
  /// overflow, or beyond what a `float64` holds exactly), where Go's conversion is undefined.
  public static func units(_ weight: Float) -> Int64? {
    let product = weight * Float(100)
    guard product.isFinite else { return nil }
    let rounded = Double(product).rounded(.toNearestOrAwayFromZero)
    guard abs(rounded) < 9e15 else { return nil }
    return Int64(rounded)
  }

  /// ``units(_:)`` of a weight as written.
  public static func units(_ weight: Double) -> Int64? {
    units(Float(weight))
  }

  /// The value Consul stores after Normalize (`33.333` → `33.33` as a `float32`).
  public static func stored(_ weight: Double) -> Float? {
    units(weight).map { Float($0) / Float(100) }
  }

  /// The units Validate sums: those of the stored weight (re-scaling is idempotent).
  public static func storedUnits(_ weight: Double) -> Int64? {
    stored(weight).flatMap { units($0) }
  }

  /// The stored weight as the chain compiler uses it: 0 where it does not fit (such a weight is
  /// a validation error already).
  public static func normalize(_ weight: Float) -> Float {
    units(weight).map { Float($0) / Float(100) } ?? 0
  }

  /// ``normalize(_:)`` of a weight as written.
  public static func normalize(_ weight: Double) -> Float {
    normalize(Float(weight))
  }

  /// `outer × inner / 100` in float32, normalized: the weight of a leg of a nested splitter.
  public static func nested(outer: Float, inner: Float) -> Float {
    normalize(outer * inner / Float(100))
  }

  /// Consul's `int(weight * 100)` on the stored float32 weight, Envoy's weighted-cluster integer:
  /// a float32 multiply, truncated (spec envoy §3.5: 0.53 → 52, 2.1 → 209); 0 where it does
  /// not fit.
  public static func envoy(_ weight: Float) -> Int {
    let scaled = weight * Float(100)
    guard scaled.isFinite, abs(scaled) < 4e9 else { return 0 }
    return Int(scaled)
  }

  /// True when Consul stores `weight` as written (at most two decimals), compared as decimal text
  /// so that no float rounding can make `33.33` look rounded.
  public static func isKeptAsWritten(_ weight: Double) -> Bool {
    guard let units = storedUnits(weight) else { return true }
    return GoFormat.float(weight) == display(units)
  }

  /// A stored weight for people: `50`, `33.33`, `0.01` (at most two decimals, trailing zeros
  /// dropped).
  public static func format(_ weight: Float) -> String {
    display(units(weight) ?? 0)
  }

  /// Units as a short decimal (`9999` → `99.99`, `11000` → `110`, `-1000` → `-10`).
  public static func display(_ units: Int64) -> String {
    let sign = units < 0 ? "-" : ""
    let magnitude = units.magnitude
    let whole = magnitude / 100
    let cents = magnitude % 100
    guard cents != 0 else { return "\(sign)\(whole)" }
    let fraction = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
    return "\(sign)\(whole).\(fraction)"
  }

  /// Go's `%f` of `float32(units) / 100`, as in Consul's sum message (`9999` → `99.989998`).
  public static func goPercent(_ units: Int64) -> String {
    let value = Double(Float(units) / Float(100))
    let scaled = (value.magnitude * 1_000_000).rounded(.toNearestOrEven)
    guard scaled < 9e18 else { return GoFormat.float(value) }
    let micro = UInt64(scaled)
    let fraction = String(micro % 1_000_000)
    let padded = String(repeating: "0", count: 6 - fraction.count) + fraction
    return (value < 0 && micro != 0 ? "-" : "") + "\(micro / 1_000_000).\(padded)"
  }
}
