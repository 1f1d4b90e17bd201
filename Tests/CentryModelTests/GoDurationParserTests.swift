import Testing

@testable import CentryCore
@testable import CentryModel

@Suite struct GoDurationParserTests {
  static let valid: [(String, Int64)] = [
    ("0", 0), ("+0", 0), ("-0", 0), ("5s", 5_000_000_000), ("1m30s", 90_000_000_000), ("250ms", 250_000_000),
    ("1h", 3_600_000_000_000), ("1.5h", 5_400_000_000_000), (".5s", 500_000_000), ("1.s", 1_000_000_000),
    ("-1s", -1_000_000_000), ("+2m", 120_000_000_000), ("10ns", 10), ("3us", 3_000), ("3µs", 3_000),
    ("3μs", 3_000), ("1h2m3s4ms5us6ns", 3_723_004_005_006), ("0.000000001s", 1), ("1.0000000001s", 1_000_000_000),
    ("9223372036854775807ns", Int64.max), ("-9223372036854775808ns", Int64.min),
    ("2562047h47m16.854775807s", Int64.max),
  ]

  static let invalid: [(String, GoDurationParser.Failure)] = [
    ("", .invalid), ("-", .invalid), ("s", .invalid), (".s", .invalid), ("10", .missingUnit), ("1.5", .missingUnit),
    ("5x", .unknownUnit("x")), ("1d", .unknownUnit("d")), ("5 s", .unknownUnit(" s")), ("5S", .unknownUnit("S")),
    ("9223372036854775808ns", .invalid), ("3000000h", .invalid), ("1s-1s", .unknownUnit("s-")),
  ]

  @Test(arguments: valid.indices)
  func parsesValidDurations(_ index: Int) {
    let (text, expected) = Self.valid[index]
    #expect(GoDurationParser.parse(text) == .success(expected), "\(text)")
  }

  @Test(arguments: invalid.indices)
  func rejectsInvalidDurations(_ index: Int) {
    let (text, expected) = Self.invalid[index]
    #expect(GoDurationParser.parse(text) == .failure(expected), "\(text)")
  }

  @Test func goMessagesQuoteTheInput() {
    #expect(GoDurationParser.Failure.missingUnit.goMessage("10") == "missing unit in duration \"10\"")
    #expect(GoDurationParser.Failure.unknownUnit("x").goMessage("5x") == "unknown unit \"x\" in duration \"5x\"")
  }

  @Test func formatsLikeGo() {
    #expect(GoFormat.duration(0) == "0s")
    #expect(GoFormat.duration(90_000_000_000) == "1m30s")
    #expect(GoFormat.duration(3_600_000_000_000) == "1h0m0s")
    #expect(GoFormat.duration(250_000_000) == "250ms")
    #expect(GoFormat.duration(1_500) == "1.5µs")
    #expect(GoFormat.duration(-1_000_000_000) == "-1s")
    #expect(GoFormat.duration(5_400_000_000_000) == "1h30m0s")
    #expect(GoFormat.duration(1_000_000_001) == "1.000000001s")
  }

  @Test func formatsFloatsLikeStrconv() {
    #expect(GoFormat.float(1) == "1")
    #expect(GoFormat.float(1.5) == "1.5")
    #expect(GoFormat.float(-0.25) == "-0.25")
    #expect(GoFormat.float(1e21) == "1000000000000000000000")
    #expect(GoFormat.float(1.5e-7) == "0.00000015")
    #expect(GoFormat.float(33.33) == "33.33")
  }
}
