import Testing

@testable import CentryCore
@testable import CentrySyntax

@Suite struct StringLiteralMapTests {
  /// Builds the literal that starts at `open` (a `"` or `<<`) and ends at `closeEnd` in `text`.
  func literal(_ text: String, value: String, from open: String, through close: String, style: StringLiteral.Style)
    -> (SourceFile, StringLiteral)
  {
    let bytes = Array(text.utf8)
    let start = firstIndex(of: Array(open.utf8), in: bytes) ?? 0
    let closeBytes = Array(close.utf8)
    let end = (lastIndex(of: closeBytes, in: bytes) ?? 0) + closeBytes.count
    let file = SourceFile(name: "t.hcl", text: text)
    return (
      file, StringLiteral(value: value, range: SourceRange(file: FileID(0), start: start, end: end), style: style)
    )
  }

  func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
    guard needle.count <= hay.count else { return nil }
    return (0...(hay.count - needle.count)).first { Array(hay[$0..<$0 + needle.count]) == needle }
  }

  func lastIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
    guard needle.count <= hay.count else { return nil }
    return (0...(hay.count - needle.count)).last { Array(hay[$0..<$0 + needle.count]) == needle }
  }

  func column(_ file: SourceFile, _ offset: Int) -> Int { file.position(at: offset).column }

  @Test func plainFilterColumn() {
    let text = "Filter = \"Service.Meta.verison == v1\"\n"
    let (file, lit) = literal(text, value: "Service.Meta.verison == v1", from: "\"", through: "\"", style: .quoted)
    let map = StringLiteralMap(source: file, literal: lit, flavor: .hcl)
    let range = map.sourceRange(13..<20)
    #expect(file.text(of: range) == "verison")
    #expect(column(file, range.start) == 24)
  }

  @Test func hclEscapesAndMultibyte() {
    // Value: é"\<newline>x${a "b"}é then \x41 \101 \U0001F600 end
    let text = #"k = "\u00e9\"\\\nx${a "b"}é\x41\101\U0001F600z""#
    let value = "\u{e9}\"\\\nx${a \"b\"}\u{e9}AA\u{1F600}z"
    let (file, lit) = literal(text, value: value, from: "\"", through: "\"", style: .quoted)
    let map = StringLiteralMap(source: file, literal: lit, flavor: .hcl)
    let valueBytes = Array(value.utf8)
    // Every value byte maps inside the literal, and the mapping never goes backwards.
    #expect(map.offsets.count == valueBytes.count + 1)
    #expect(map.offsets == map.offsets.sorted())
    // `x` after the escapes.
    let x = valueBytes.firstIndex(of: UInt8(ascii: "x")) ?? 0
    #expect(file.text(of: map.sourceRange(x..<x + 1)) == "x")
    // The `\u00e9` escape: both value bytes map to it.
    #expect(file.text(of: map.sourceRange(0..<2)) == #"\u00e9"#)
    // `${a "b"}` is kept literally, quotes included.
    let dollar = valueBytes.firstIndex(of: UInt8(ascii: "$")) ?? 0
    #expect(file.text(of: map.sourceRange(dollar..<dollar + 8)) == #"${a "b"}"#)
    // The raw `é` after it and the final `z`.
    #expect(file.text(of: map.sourceRange(dollar + 8..<dollar + 10)) == "é")
    #expect(file.text(of: map.sourceRange(valueBytes.count - 1..<valueBytes.count)) == "z")
    // The emoji from `\U0001F600`.
    #expect(file.text(of: map.sourceRange(valueBytes.count - 5..<valueBytes.count - 1)) == #"\U0001F600"#)
    #expect(file.text(of: map.sourceRange(dollar + 10..<dollar + 11)) == #"\x41"#)
    #expect(file.text(of: map.sourceRange(dollar + 11..<dollar + 12)) == #"\101"#)
  }

  @Test func jsonEscapesAndSurrogates() {
    let text = #"{"Filter": "a\/b\ud83d\ude00 == v1"}"#
    let value = "a/b\u{1F600} == v1"
    let (file, lit) = literal(text, value: value, from: "\"a", through: "v1\"", style: .quoted)
    let map = StringLiteralMap(source: file, literal: lit, flavor: .json)
    #expect(file.text(of: map.sourceRange(1..<2)) == #"\/"#)
    #expect(file.text(of: map.sourceRange(3..<7)) == #"\ud83d\ude00"#)
    #expect(file.text(of: map.sourceRange(11..<13)) == "v1")
  }

  @Test func indentedHeredoc() {
    let text = "Filter = <<-EOF\n    Service.Meta.verison == v1\n      and x == y\n    EOF\n"
    let value = "Service.Meta.verison == v1\n  and x == y\n"
    let (file, lit) = literal(
      text, value: value, from: "<<-", through: "EOF", style: .heredoc(marker: "EOF", indented: true))
    let map = StringLiteralMap(source: file, literal: lit, flavor: .hcl)
    let range = map.sourceRange(13..<20)
    #expect(file.text(of: range) == "verison")
    #expect(file.position(at: range.start).line == 2)
    #expect(file.position(at: range.start).column == 18)
    let and = value.utf8.count - "and x == y\n".utf8.count
    #expect(file.text(of: map.sourceRange(and..<and + 3)) == "and")
    #expect(file.position(at: map.sourceOffset(and)).line == 3)
  }

  @Test func mismatchFallsBackToLiteralStart() {
    let text = "k = \"abc\""
    let (file, lit) = literal(text, value: "something else", from: "\"", through: "\"", style: .quoted)
    let map = StringLiteralMap(source: file, literal: lit, flavor: .hcl)
    #expect(map.sourceOffset(3) == 5)
  }
}
