import Testing

@testable import CentryModel

/// Consul's weight arithmetic, with the test vectors of spec core-entries §5.2.
@Suite struct SplitWeightTests {
  @Test(arguments: [
    (99.999, 10000, "100"), (0.001, 0, "0"), (0.004, 0, "0"), (0.005, 1, "0.01"), (0.015, 2, "0.02"),
    (33.333, 3333, "33.33"), (33.335, 3334, "33.34"), (12.345, 1235, "12.35"), (16.665, 1667, "16.67"),
    (50.005, 5001, "50.01"), (-10, -1000, "-10"),
  ])
  func scalesAndStoresLikeConsul(_ input: Double, _ units: Int64, _ stored: String) {
    #expect(SplitWeight.units(input) == units)
    #expect(SplitWeight.storedUnits(input) == units)
    #expect(SplitWeight.display(units) == stored)
  }

  @Test(
    arguments: [
      (9999, "99.989998"), (10001, "100.010002"), (9998, "99.980003"), (9000, "90.000000"), (11000, "110.000000"),
      (-1000, "-10.000000"), (0, "0.000000"),
    ] as [(Int64, String)])
  func sumRendersLikeGoPercentF(_ units: Int64, _ text: String) {
    #expect(SplitWeight.goPercent(units) == text)
  }

  @Test func thirdsFailWhileNearHundredPasses() {
    let thirds = [33.333, 33.333, 33.334].compactMap(SplitWeight.storedUnits).reduce(0, +)
    #expect(thirds == 9999)
    let nearly = [99.999, 0.001].compactMap(SplitWeight.storedUnits).reduce(0, +)
    #expect(nearly == 10000)
  }

  @Test func overflowIsNotAWeight() {
    #expect(SplitWeight.units(1e40) == nil)
    #expect(SplitWeight.units(Double.nan) == nil)
  }
}

extension SplitWeightTests {
  @Test(arguments: [33.33, 66.67, 0.01, 10.5, 100, 0, -10, 12.34, 99.99])
  func twoDecimalsAreKept(_ weight: Double) {
    #expect(SplitWeight.isKeptAsWritten(weight))
  }

  @Test(arguments: [33.333, 0.004, 99.999, 12.345, 1e-7])
  func moreDecimalsAreRounded(_ weight: Double) {
    #expect(!SplitWeight.isKeptAsWritten(weight))
  }

  /// Every two-decimal weight from 0 to 100 is kept, and the stored units match the text.
  @Test func everyCentIsKept() {
    for units in Int64(0)...10_000 {
      let text = SplitWeight.display(units)
      let weight = Double(text) ?? .nan
      #expect(SplitWeight.storedUnits(weight) == units, "\(text)")
      #expect(SplitWeight.isKeptAsWritten(weight), "\(text)")
    }
  }
}
