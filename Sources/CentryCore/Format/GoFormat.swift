/// Go's number and duration formatting, for messages and emitters that must match Consul.
public enum GoFormat {
  /// `strconv.FormatFloat(f, 'f', -1, 64)`: shortest round-tripping digits, never an exponent.
  public static func float(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "+Inf") }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    let (digits, exponent) = shortestDigits("\(value.magnitude)")
    return (value.sign == .minus ? "-" : "") + fixedNotation(digits: digits, exponent: exponent)
  }

  /// Splits Swift's shortest round-trip description of a positive magnitude (`33.33`, `1e-07`,
  /// `1.5e+21`) into significant digits without leading or trailing zeros and the decimal
  /// exponent such that the value is `0.digits × 10^exponent`. Swift and Go agree on the digits.
  static func shortestDigits(_ text: String) -> (digits: String, exponent: Int) {
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits = ""
    var pointPosition = 0
    var seenPoint = false
    for character in mantissa {
      if character == "." {
        seenPoint = true
      } else {
        digits.append(character)
        if !seenPoint { pointPosition += 1 }
      }
    }
    while digits.hasPrefix("0"), digits.count > 1 {
      digits.removeFirst()
      pointPosition -= 1
    }
    while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
    return (digits, pointPosition + exponent)
  }

  /// `0.digits × 10^exponent` in fixed notation (`0.0001`, `12.5`, `1000`), unsigned.
  static func fixedNotation(digits: String, exponent: Int) -> String {
    if exponent <= 0 {
      return "0." + String(repeating: "0", count: -exponent) + digits
    }
    if exponent >= digits.count {
      return digits + String(repeating: "0", count: exponent - digits.count)
    }
    let split = digits.index(digits.startIndex, offsetBy: exponent)
    return digits[..<split] + "." + digits[split...]
  }

  /// Go's `time.Duration.String()`: `1m30s`, `250ms`, `1.5µs`, `0s`.
  public static func duration(_ nanoseconds: Int64) -> String {
    if nanoseconds == 0 { return "0s" }
    let negative = nanoseconds < 0
    let magnitude = nanoseconds.magnitude
    var out: String
    if magnitude < 1_000_000_000 {
      // Sub-second: one unit with a fraction.
      let (unit, scale): (String, UInt64) =
        magnitude < 1_000 ? ("ns", 1) : magnitude < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
      out = fixed(magnitude, scale: scale) + unit
    } else {
      let hours = magnitude / 3_600_000_000_000
      let minutes = (magnitude / 60_000_000_000) % 60
      let seconds = magnitude % 60_000_000_000
      out = fixed(seconds, scale: 1_000_000_000) + "s"
      if hours > 0 {
        out = "\(hours)h\(minutes)m" + out
      } else if minutes > 0 {
        out = "\(minutes)m" + out
      }
    }
    return negative ? "-" + out : out
  }

  /// `value / scale` with the fraction's trailing zeros dropped.
  private static func fixed(_ value: UInt64, scale: UInt64) -> String {
    let whole = value / scale
    var fraction = value % scale
    guard scale > 1, fraction > 0 else { return String(whole) }
    var width = String(scale).count - 1
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    let digits = String(fraction)
    return "\(whole)." + String(repeating: "0", count: width - digits.count) + digits
  }
}
