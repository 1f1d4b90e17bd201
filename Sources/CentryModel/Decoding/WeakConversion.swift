import CentryCore

/// mapstructure's `WeaklyTypedInput` conversions (spec decoding §1.7), value by value.
///
/// Each function takes an already-flattened scalar and returns the converted value, or `nil` with
/// a reason when Consul would fail to decode it.
enum WeakConversion {
  enum Failure: Error {
    /// The value's type cannot convert at all.
    case unconvertible
    /// A string (or number) that does not parse or fit; the text, when any, explains.
    case unparsable(String?)
  }

  static func string(_ value: GenericValue) -> Result<String, Failure> {
    switch value {
    case .string(let string, _): .success(string)
    case .integer(let integer, _, _): .success(String(integer))
    case .float(let double, _, _): .success(GoFormat.float(double))
    case .bool(let bool, _): .success(bool ? "1" : "0")
    case .list, .map, .null, .invalid: .failure(.unconvertible)
    }
  }

  static func bool(_ value: GenericValue) -> Result<Bool, Failure> {
    switch value {
    case .bool(let bool, _): return .success(bool)
    case .integer(let integer, _, _): return .success(integer != 0)
    case .float(let double, _, _): return .success(double != 0)
    case .string(let string, _):
      if string.isEmpty { return .success(false) }
      switch string {
      case "1", "t", "T", "TRUE", "true", "True": return .success(true)
      case "0", "f", "F", "FALSE", "false", "False": return .success(false)
      default:
        return .failure(
          .unparsable("Go's `strconv.ParseBool` accepts `true`, `false`, `1`, `0`, `t`, `f` and their upper-case forms")
        )
      }
    case .list, .map, .null, .invalid: return .failure(.unconvertible)
    }
  }

  /// A signed integer of `bits` bits (Go `int` is 64).
  static func signed(_ value: GenericValue, bits: Int) -> Result<Int64, Failure> {
    switch value {
    case .integer(let integer, _, _): return .success(truncate(integer, bits: bits))
    case .float(let double, _, _):
      // Go converts float64 → int64 by truncation; out-of-range values are undefined there.
      guard double.isFinite, abs(double) < 9.2e18 else { return .failure(.unparsable("the number is out of range")) }
      return .success(truncate(Int64(double), bits: bits))
    case .bool(let bool, _): return .success(bool ? 1 : 0)
    case .string(let string, _):
      guard let parsed = parseGoInteger(string.isEmpty ? "0" : string) else {
        return .failure(.unparsable(nil))
      }
      let limit = UInt64(1) << UInt64(min(bits, 64) - 1)
      if parsed.negative ? parsed.magnitude > limit : parsed.magnitude > limit - 1 {
        return .failure(.unparsable("the value does not fit a \(bits)-bit integer"))
      }
      if parsed.negative {
        return .success(parsed.magnitude == limit ? Int64(truncatingIfNeeded: 0 &- limit) : -Int64(parsed.magnitude))
      }
      return .success(Int64(parsed.magnitude))
    case .list, .map, .null, .invalid: return .failure(.unconvertible)
    }
  }

  /// An unsigned integer of `bits` bits. Negative numbers wrap, as Go's weak decoding does
  /// (`uint64(i)` then truncation to the field's width).
  static func unsigned(_ value: GenericValue, bits: Int) -> Result<UInt64, Failure> {
    let mask: UInt64 = bits >= 64 ? .max : (UInt64(1) << UInt64(bits)) - 1
    switch value {
    case .integer(let integer, _, _): return .success(UInt64(bitPattern: integer) & mask)
    case .float(let double, _, _):
      guard double.isFinite, double > -9.2e18, double < 1.8e19 else {
        return .failure(.unparsable("the number is out of range"))
      }
      let wrapped = double < 0 ? UInt64(bitPattern: Int64(double)) : UInt64(double)
      return .success(wrapped & mask)
    case .bool(let bool, _): return .success(bool ? 1 : 0)
    case .string(let string, _):
      // strconv.ParseUint takes no sign at all.
      guard !string.hasPrefix("+"), !string.hasPrefix("-"), let parsed = parseGoInteger(string.isEmpty ? "0" : string)
      else { return .failure(.unparsable(nil)) }
      guard parsed.magnitude <= mask else {
        return .failure(.unparsable("the value does not fit a \(bits)-bit unsigned integer"))
      }
      return .success(parsed.magnitude)
    case .list, .map, .null, .invalid: return .failure(.unconvertible)
    }
  }

  static func float(_ value: GenericValue) -> Result<Double, Failure> {
    switch value {
    case .integer(let integer, _, _): return .success(Double(integer))
    case .float(let double, _, _): return .success(double)
    case .bool(let bool, _): return .success(bool ? 1 : 0)
    case .string(let string, _):
      if string.isEmpty { return .success(0) }
      let cleaned = string.contains("_") ? string.filter { $0 != "_" } : string
      guard let double = Double(cleaned) else { return .failure(.unparsable(nil)) }
      return .success(double)
    case .list, .map, .null, .invalid: return .failure(.unconvertible)
    }
  }

  private static func truncate(_ value: Int64, bits: Int) -> Int64 {
    guard bits < 64 else { return value }
    let shift = Int64(64 - bits)
    return (value << shift) >> shift
  }

  /// `strconv.ParseInt(s, 0, 64)`'s syntax: optional sign, then `0x`/`0o`/`0b` prefixes, a
  /// leading `0` for octal, underscores between digits.
  static func parseGoInteger(_ text: String) -> (negative: Bool, magnitude: UInt64)? {
    var scalars = Substring(text)
    var negative = false
    if let first = scalars.first, first == "+" || first == "-" {
      negative = first == "-"
      scalars = scalars.dropFirst()
    }
    var base: UInt64 = 10
    let lower = scalars.lowercased()
    if lower.hasPrefix("0x") {
      base = 16
      scalars = scalars.dropFirst(2)
    } else if lower.hasPrefix("0o") {
      base = 8
      scalars = scalars.dropFirst(2)
    } else if lower.hasPrefix("0b") {
      base = 2
      scalars = scalars.dropFirst(2)
    } else if scalars.count > 1, scalars.hasPrefix("0") {
      base = 8
      scalars = scalars.dropFirst()
    }
    guard !scalars.isEmpty, scalars.first != "_" || base != 10, scalars.last != "_" else { return nil }
    var magnitude: UInt64 = 0
    var sawDigit = false
    for character in scalars {
      if character == "_" { continue }
      guard let digit = character.hexDigitValue, UInt64(digit) < base else { return nil }
      let (times, overflow1) = magnitude.multipliedReportingOverflow(by: base)
      let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit))
      guard !overflow1, !overflow2 else { return nil }
      magnitude = sum
      sawDigit = true
    }
    return sawDigit ? (negative, magnitude) : nil
  }
}
