/// Go's number and duration formatting, for messages and emitters that must match Consul.
public enum GoFormat {
  /// `strconv.FormatFloat(f, 'f', -1, 64)`: shortest round-tripping digits, never an exponent.
  public static func float(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "+Inf") }
    let text = "\(value)"
    guard let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
      return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
    var mantissa = String(text[..<eIndex])
    let exponent = Int(text[text.index(after: eIndex)...]) ?? 0
    var negative = false
    if mantissa.hasPrefix("-") {
      negative = true
      mantissa.removeFirst()
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = parts.first.map(String.init) ?? ""
    var fracPart = parts.count > 1 ? String(parts[1]) : ""
    if fracPart == "0" { fracPart = "" }
    var digits = intPart + fracPart
    var point = intPart.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: -point + 1) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    let whole = String(digits.prefix(point))
    var fraction = String(digits.dropFirst(point))
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let body = fraction.isEmpty ? whole : "\(whole).\(fraction)"
    return negative ? "-\(body)" : body
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
