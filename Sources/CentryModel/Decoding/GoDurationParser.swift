/// Go's `time.ParseDuration`, byte for byte (spec decoding §1.7).
enum GoDurationParser {
  enum Failure: Error, Equatable {
    /// `time: invalid duration "…"`
    case invalid
    /// `time: missing unit in duration "…"`
    case missingUnit
    /// `time: unknown unit "u" in duration "…"`
    case unknownUnit(String)

    /// Go's wording after `time: `.
    func goMessage(_ text: String) -> String {
      switch self {
      case .invalid: "invalid duration \"\(text)\""
      case .missingUnit: "missing unit in duration \"\(text)\""
      case .unknownUnit(let unit): "unknown unit \"\(unit)\" in duration \"\(text)\""
      }
    }
  }

  private static let units: [String: UInt64] = [
    "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000, "s": 1_000_000_000,
    "m": 60_000_000_000, "h": 3_600_000_000_000,
  ]

  private static let limit: UInt64 = 1 << 63

  static func parse(_ text: String) -> Result<Int64, Failure> {
    var bytes = Array(text.utf8)[...]
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    if bytes.elementsEqual("0".utf8) { return .success(0) }
    if bytes.isEmpty { return .failure(.invalid) }
    var total: UInt64 = 0
    while !bytes.isEmpty {
      guard let first = bytes.first, first == UInt8(ascii: ".") || isDigit(first) else { return .failure(.invalid) }
      // Integer part.
      var value: UInt64 = 0
      var consumedInteger = false
      while let byte = bytes.first, isDigit(byte) {
        if value > limit / 10 { return .failure(.invalid) }
        value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
        if value > limit { return .failure(.invalid) }
        bytes = bytes.dropFirst()
        consumedInteger = true
      }
      // Fraction.
      var fraction: UInt64 = 0
      var scale: Double = 1
      var consumedFraction = false
      if bytes.first == UInt8(ascii: ".") {
        bytes = bytes.dropFirst()
        var overflow = false
        while let byte = bytes.first, isDigit(byte) {
          bytes = bytes.dropFirst()
          consumedFraction = true
          if overflow { continue }
          if fraction > (limit - 1) / 10 {
            overflow = true
            continue
          }
          let next = fraction * 10 + UInt64(byte - UInt8(ascii: "0"))
          if next > limit {
            overflow = true
            continue
          }
          fraction = next
          scale *= 10
        }
      }
      if !consumedInteger && !consumedFraction { return .failure(.invalid) }
      // Unit.
      var unitEnd = bytes.startIndex
      while unitEnd < bytes.endIndex, bytes[unitEnd] != UInt8(ascii: "."), !isDigit(bytes[unitEnd]) {
        unitEnd += 1
      }
      if unitEnd == bytes.startIndex { return .failure(.missingUnit) }
      let unitText = String(decoding: bytes[bytes.startIndex..<unitEnd], as: UTF8.self)
      bytes = bytes[unitEnd...]
      guard let unit = units[unitText] else { return .failure(.unknownUnit(unitText)) }
      if value > limit / unit { return .failure(.invalid) }
      value *= unit
      if fraction > 0 {
        let extra = Double(fraction) * (Double(unit) / scale)
        // f/scale < 1, so `extra` is below one unit (≤ 3.6e12ns); the guard only keeps bad input
        // from trapping.
        guard extra.isFinite, extra >= 0, extra < 1e13 else { return .failure(.invalid) }
        value += UInt64(extra)
        if value > limit { return .failure(.invalid) }
      }
      total = total &+ value
      if total > limit { return .failure(.invalid) }
    }
    if negative { return .success(total == limit ? Int64.min : -Int64(total)) }
    if total > limit - 1 { return .failure(.invalid) }
    return .success(Int64(total))
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
