import Foundation
import Testing

@testable import CentryCore

@Suite struct JSONValueTests {
  static let sample: JSONValue = .object([
    ("b", .int(1)), ("a", .array([.bool(true), .null, .string("x")])), ("e", .array([])), ("o", .object([])),
  ])

  @Test func compactKeepsMemberOrder() {
    #expect(Self.sample.serialized() == #"{"b":1,"a":[true,null,"x"],"e":[],"o":{}}"#)
  }

  @Test func prettyMatchesGoMarshalIndent() {
    let expected = """
      {
        "b": 1,
        "a": [
          true,
          null,
          "x"
        ],
        "e": [],
        "o": {}
      }
      """
    #expect(Self.sample.serialized(.goIndented) == expected)
    #expect(Self.sample.serialized(.pretty) == expected + "\n")
  }

  @Test func escapesWhatJSONRequires() {
    let text = "q\"b\\n\nr\rt\t\u{1}\u{1F}é✓"
    #expect(JSONValue.string(text).serialized() == #""q\"b\\n\nr\rt\t\u0001\u001fé✓""#)
    let parsed = try? JSONSerialization.jsonObject(with: Data(JSONValue.array([.string(text)]).serialized().utf8))
    #expect((parsed as? [String])?.first == text)
  }

  @Test func goEscapingOptions() {
    let value = JSONValue.string("<a&b>\u{2028}\u{2029}")
    #expect(value.serialized() == "\"<a&b>\u{2028}\u{2029}\"")
    #expect(value.serialized(.goIndented) == #""\u003ca\u0026b\u003e\u2028\u2029""#)
  }

  @Test(arguments: [
    (1.0, "1"), (-2.5, "-2.5"), (0.1, "0.1"), (100.0, "100"), (1e20, "100000000000000000000"),
    (1e21, "1e+21"), (1.5e300, "1.5e+300"), (0.000001, "0.000001"), (1e-7, "1e-7"), (1.25e-10, "1.25e-10"),
    (123456.789, "123456.789"), (0.0, "0"), (Double.nan, "null"), (12345678.0, "12345678"),
  ])
  func doublesAreWrittenAsGoDoes(_ value: Double, _ expected: String) {
    #expect(JSONValue.double(value).serialized() == expected)
  }

  @Test func numberLiteralsAreVerbatim() {
    #expect(JSONValue.number("1.50").serialized() == "1.50")
  }
}
