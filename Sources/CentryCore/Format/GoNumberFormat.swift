/// Go's `encoding/json` spelling of floats: shortest round-trip digits for the value's own width,
/// fixed notation for 1e-6 ≤ |f| < 1e21, otherwise `1e-7` / `1e+21` (exponent not zero-padded
/// below, at least two digits above, as `encoding/json` cleans `e-07` to `e-7`).
package enum GoNumberFormat {
  /// A Go `float32` as `encoding/json` writes it (`33.33`, never `33.33000183105469`).
  package static func float32(_ value: Float) -> String {
    guard value.isFinite else { return "null" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    return layout(shortest: "\(value.magnitude)", negative: value.sign == .minus)
  }

  /// A Go `float64` as `encoding/json` writes it.
  package static func float64(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    return layout(shortest: "\(value.magnitude)", negative: value.sign == .minus)
  }

  /// Re-lays Swift's shortest description (`33.33`, `1e-07`, `1.5e+21`) out in Go's form.
  private static func layout(shortest text: String, negative: Bool) -> String {
    let (digits, decimalExponent) = GoFormat.shortestDigits(text)  // value = 0.digits × 10^decimalExponent
    let sign = negative ? "-" : ""
    let scientificExponent = decimalExponent - 1
    if scientificExponent < -6 || scientificExponent >= 21 {
      var result = sign + String(digits.prefix(1))
      if digits.count > 1 { result += "." + digits.dropFirst() }
      let magnitude = abs(scientificExponent)
      result += scientificExponent < 0 ? "e-\(magnitude)" : (magnitude < 10 ? "e+0\(magnitude)" : "e+\(magnitude)")
      return result
    }
    return sign + GoFormat.fixedNotation(digits: digits, exponent: decimalExponent)
  }
}
