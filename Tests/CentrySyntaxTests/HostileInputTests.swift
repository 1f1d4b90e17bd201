import CentryCore
import CentrySyntax
import CentryTestSupport
import Foundation
import Testing

/// Input meant to crash, hang or exhaust the parser. Each must return with diagnostics.
@Suite struct HostileInputTests {
  func nestingMessages(_ bytes: [UInt8]) -> [String] {
    parseBytes(bytes).diagnostics.map(\.message)
  }

  @Test func hundredThousandBracketsInHCL() {
    let open = Array("a = ".utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    let messages = nestingMessages(open)
    #expect(messages.filter { $0 == "nesting deeper than 512 levels" }.count == 1)
    #expect(messages.count <= 2)  // plus one "unexpected end of input"
    let balanced = open + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000)
    #expect(nestingMessages(balanced) == ["nesting deeper than 512 levels"])
  }

  @Test func hundredThousandBracesInHCL() {
    let blocks = [UInt8](String(repeating: "a { ", count: 100_000).utf8)
    let messages = nestingMessages(blocks)
    #expect(messages.filter { $0 == "nesting deeper than 512 levels" }.count == 1)
    #expect(messages.count <= 2)
    let raw = [UInt8](repeating: UInt8(ascii: "{"), count: 100_000)
    #expect(!nestingMessages(raw).isEmpty)
    let assigned =
      [UInt8](String(repeating: "a = {", count: 100_000).utf8)
      + [UInt8](repeating: UInt8(ascii: "}"), count: 100_000)
    #expect(nestingMessages(assigned) == ["nesting deeper than 512 levels"])
  }

  @Test func hundredThousandBracketsInJSON() {
    let open = Array("{\"a\": ".utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    let messages = nestingMessages(open)
    #expect(messages.filter { $0 == "nesting deeper than 512 levels" }.count == 1)
    #expect(messages.count <= 2)
    let balanced = open + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000) + [UInt8(ascii: "}")]
    #expect(nestingMessages(balanced) == ["nesting deeper than 512 levels"])
  }

  @Test func hundredThousandBracesInJSON() {
    let nested = [UInt8](String(repeating: "{\"a\": ", count: 100_000).utf8)
    let messages = nestingMessages(nested)
    #expect(messages.filter { $0 == "nesting deeper than 512 levels" }.count == 1)
    #expect(messages.count <= 2)
    let raw = [UInt8](repeating: UInt8(ascii: "{"), count: 100_000)
    #expect(!nestingMessages(raw).isEmpty)
  }

  @Test func nestingJustBelowTheLimitIsFine() {
    let depth = 511
    let text = "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    #expect(parse(text).diagnostics.isEmpty)
    let json = "{\"a\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
    #expect(parse(json).diagnostics.isEmpty)
  }

  /// Its speed is `make bench`'s business; here only the result counts.
  @Test func fiftyMegabytesParse() {
    let entry = """
      # a route
      Routes = [
        {
          Match { HTTP { PathPrefix = "/api/v1", Header = [{ Name = "x-version", Exact = "1" }] } }
          Destination { Service = "api", ServiceSubset = "v1", RequestTimeout = "5s" }
        },
      ]

      """
    let unit = Array(entry.utf8)
    var bytes: [UInt8] = []
    let target = 50 * 1024 * 1024
    bytes.reserveCapacity(target + unit.count)
    while bytes.count < target { bytes += unit }
    let result = parseBytes(bytes)
    #expect(result.diagnostics.isEmpty)
    #expect(result.document.body.items.count == target / unit.count + (target % unit.count == 0 ? 0 : 1))
  }

  @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
    let result = parseBytes(Array("Name = \"ok\"\nKind = \"a".utf8) + [0xFF, 0xFE] + Array("b\"\nMore = 1\n".utf8))
    #expect(result.diagnostics.map(\.message) == ["invalid UTF-8 byte 0xFF"])
    #expect(result.diagnostics.first.map { span($0.range, result.source) } == "2:10-2:11")
    #expect(result.document.body.items.count == 3)  // parsing continued
    let truncatedScalar = parseBytes(Array("a = \"é".utf8).dropLast() + Array("\"\n".utf8))
    #expect(truncatedScalar.diagnostics.map(\.message) == ["invalid UTF-8 byte 0xC3"])
    let overlong = parseBytes(Array("# c ".utf8) + [0xC0, 0xAF] + Array("\n".utf8))
    #expect(overlong.diagnostics.map(\.message) == ["invalid UTF-8 byte 0xC0"])
  }

  @Test func nulBytesAreReportedNotFatal() {
    let result = parseBytes([0, 0, 0] + Array("Name = \"x\"\n".utf8))
    #expect(!result.diagnostics.isEmpty)
    #expect(result.diagnostics.allSatisfy { $0.rule == .syntax })
    let json = parseBytes(Array("{\"a\": \"x".utf8) + [0] + Array("\"}".utf8))
    #expect(json.diagnostics.map(\.message) == ["invalid control character 0x00 in string (escape it)"])
    let only = parseBytes([UInt8](repeating: 0, count: 10_000))
    #expect(only.diagnostics.count == 1)  // binary input: one error, not one per byte
    #expect(only.diagnostics.first?.message.hasPrefix("binary data, not a config entry") == true)
  }

  @Test func syntaxErrorsAreCappedPerFile() {
    let result = parse(String(repeating: "k = ]\n", count: 500))
    #expect(result.diagnostics.count == Parser.maxDiagnosticsPerFile + 1)
    #expect(result.diagnostics.last?.message == "too many syntax errors: 400 more in this file not shown")
  }

  @Test func unterminatedHeredocReportsTheMarker() {
    let result = parse("A = <<EOF\nline\nline\n")
    #expect(result.diagnostics.map(\.message) == ["unterminated heredoc: missing closing marker \"EOF\""])
    let huge = parse("A = <<EOF\n" + String(repeating: "x", count: 1_000_000))
    #expect(huge.diagnostics.count == 1)
  }

  @Test func oneHugeString() {
    let body = String(repeating: "abcdefgh", count: 2_000_000)
    let result = parse("Name = \"\(body)\"\n")
    #expect(result.diagnostics.isEmpty)
    guard case .string(let literal) = result.document.body.items.first?.value else {
      Issue.record("not a string")
      return
    }
    #expect(literal.value.utf8.count == body.utf8.count)
    let unterminated = parse("Name = \"" + body)
    #expect(unterminated.diagnostics.map(\.message) == ["unterminated string: missing closing '\"'"])
  }

  @Test func crlfPositionsAndHeredocMarkers() {
    let result = parse("Kind = \"x\"\r\nA = <<EOF\r\nhello\r\nEOF\r\nName = oops\r\n")
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first.map { span($0.range, result.source) } == "5:8-5:12")
    let items = result.document.body.items
    #expect(items.count == 3)
    #expect(span(items[2].keys[0].range, result.source) == "5:1-5:5")
    let missing = parse("Kind =\r\nName = \"x\"\r\n")
    #expect(missing.diagnostics.map(\.message) == ["expected a value after '=', found a newline"])
    #expect(missing.diagnostics.first.map { span($0.range, missing.source) } == "1:7-2:1")
  }

  /// Consul rejects a leading byte order mark (HCL v1: `At 1:1: illegal char`; a BOM-prefixed
  /// JSON file goes down its HCL path too): one error at 1:1, then the rest is parsed as meant.
  @Test func byteOrderMarkIsAnErrorAtTheStart() {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let expected = ["the file starts with a UTF-8 byte order mark, which Consul rejects"]
    let hcl = parseBytes(bom + Array("Name = \"x\"\n".utf8))
    #expect(hcl.diagnostics.map(\.message) == expected)
    #expect(hcl.diagnostics.map { span($0.range, hcl.source) } == ["1:1-1:1"])
    #expect(hcl.diagnostics.first?.help?.contains("remove the byte order mark") == true)
    #expect(hcl.document.flavor == .hcl)
    #expect(span(hcl.document.body.items[0].keys[0].range, hcl.source) == "1:1-1:5")
    let json = parseBytes(bom + Array("{\"Name\": \"x\"}".utf8))
    #expect(json.diagnostics.map(\.message) == expected)
    #expect(json.diagnostics.map { span($0.range, json.source) } == ["1:1-1:1"])
    #expect(json.document.flavor == .json)
    #expect(json.document.body.items.count == 1)
    let onlyBOM = parseBytes(bom)
    #expect(onlyBOM.diagnostics.map(\.message) == expected)
    // Only a mark at the very start is this error; later it is an ordinary unexpected character.
    let bomLater = parseBytes(Array("Name = 1\n".utf8) + bom)
    #expect(bomLater.diagnostics.map(\.message) == ["unexpected character '\u{FEFF}'"])
  }

  @Test func emptyAndWhitespaceOnly() {
    for text in ["", " ", "\n\n", "\r\n", "\t", "# c", "/* c */", "// c\r\n"] {
      let result = parse(text)
      #expect(result.diagnostics.isEmpty, "\(text.debugDescription)")
      #expect(result.document.body.items.isEmpty)
    }
  }

  @Test func everyPrefixOfRealisticEntriesParsesWithoutCrashing() throws {
    var texts: [[UInt8]] = []
    for name in ["whoami/router.hcl", "whoami/resolver.hcl", "web/splitter.hcl"] {
      texts.append(Array(try Data(contentsOf: fixturesRoot.appendingPathComponent("seed/\(name)"))))
    }
    for name in [
      "heredoc.hcl", "heredoc_indented.hcl", "string_escapes.hcl", "interpolation.hcl",
      "comments_all_styles.hcl", "json_nested_router.json", "json_escapes.json", "crlf.hcl",
    ] {
      texts.append(Array(try Data(contentsOf: fixturesRoot.appendingPathComponent("syntax/valid/\(name)"))))
    }
    var checked = 0
    for bytes in texts {
      for length in 0...bytes.count {
        let result = parseBytes(Array(bytes[..<length]))
        for diagnostic in result.diagnostics {
          #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= length)
          #expect(diagnostic.rule == .syntax)
        }
        checked += 1
      }
    }
    #expect(checked > 1000)
  }

  @Test func randomBytesNeverCrash() {
    var generator = SplitMix(seed: 42)
    let alphabet = Array("{}[]=,\"\\<-#/*\n\r\t ab01$:'.xEOF".utf8) + [0, 0xFF, 0xC3, 0xA9]
    for _ in 0..<2_000 {
      let length = Int(generator.next() % 200)
      var bytes: [UInt8] = []
      for _ in 0..<length { bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
      for input in [bytes, [UInt8(ascii: "{")] + bytes] {
        let result = parseBytes(input)
        // Only syntax errors, each inside the input.
        #expect(
          result.diagnostics.allSatisfy {
            $0.rule == .syntax && $0.range.start >= 0 && $0.range.start <= $0.range.end && $0.range.end <= input.count
          }, "\(input)")
      }
    }
  }
}

/// A tiny deterministic generator for fuzz-style tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
