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

  /// Every ASCII character, alone and inside a plain word, under both escaping options: printable
  /// ones are copied whole (the fast path) exactly where the scalar loop would have kept them.
  @Test func everyASCIICharacterIsWrittenAsJSONAndGoRequire() {
    for byte in UInt8(0)..<0x80 {
      let scalar = Unicode.Scalar(byte)
      let expected: String
      switch scalar {
      case "\"": expected = "\\\""
      case "\\": expected = "\\\\"
      case "\n": expected = "\\n"
      case "\r": expected = "\\r"
      case "\t": expected = "\\t"
      default:
        expected = byte < 0x20 ? "\\u00" + String(byte, radix: 16).leftPadded(to: 2) : String(scalar)
      }
      let html = ["<": "\\u003c", ">": "\\u003e", "&": "\\u0026"][String(scalar)] ?? expected
      for (options, escaped) in [(JSONWriteOptions.compact, expected), (.goIndented, html)] {
        #expect(JSONValue.string(String(scalar)).serialized(options) == "\"\(escaped)\"", "byte \(byte)")
        #expect(JSONValue.string("ab\(scalar)cd").serialized(options) == "\"ab\(escaped)cd\"", "byte \(byte)")
      }
    }
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

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
