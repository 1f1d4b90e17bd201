import CentrySyntax
import Testing

/// Lexical behaviour, observed through the parser's values and diagnostics.
@Suite struct LexerTests {
  func stringValue(_ source: String) -> String? {
    let result = parse("a = \(source)\n")
    guard case .string(let literal) = result.document.body.items.first?.value else { return nil }
    return literal.value
  }

  @Test func goEscapesAreDecoded() {
    #expect(stringValue(#""\a\b\f\n\r\t\v\\\"""#) == "\u{7}\u{8}\u{C}\n\r\t\u{B}\\\"")
    #expect(stringValue(#""\x41\101\u00e9\U0001F600""#) == "AAé😀")
  }

  @Test func interpolationIsKeptVerbatimWithBracesAndQuotes() {
    #expect(stringValue(#""${lookup(var.m, "k")}""#) == #"${lookup(var.m, "k")}"#)
    #expect(stringValue(#""a ${ {b} } c""#) == "a ${ {b} } c")
    #expect(stringValue(#""${"\n"}""#) == #"${"\n"}"#)
    #expect(parse("a = \"${x\ny}\"\n").diagnostics.isEmpty)  // newline allowed inside ${ }
  }

  @Test func badEscapesAreReportedWithTheirRange() {
    let result = parse(#"a = "x\qy""# + "\n")
    #expect(result.diagnostics.map(\.message) == [#"invalid escape sequence '\q' in string"#])
    #expect(result.diagnostics.first.map { span($0.range, result.source) } == "1:7-1:9")
    #expect(messages(#"a = "\u12""# + "\n").first?.hasPrefix(#"invalid escape sequence '\u12'"#) == true)
    #expect(messages(#"a = "\'""# + "\n") == [#"invalid escape sequence '\'' in string"#])
  }

  @Test func newlineInStringIsAnError() {
    #expect(
      messages("a = \"x\ny = 1\n") == [
        "unterminated string: a quoted string cannot contain a newline (use \\n or a heredoc)"
      ])
  }

  @Test func heredocWithoutDashKeepsIndentation() {
    #expect(stringValue("<<EOF\n  x\n    y\nEOF") == "  x\n    y\n")
  }

  @Test func heredocWithDashStripsTheMarkerIndentation() {
    #expect(stringValue("<<-EOF\n    x\n      y\n    EOF") == "x\n  y\n")
    // A line less indented than the marker: HCL v1 keeps the body as written.
    #expect(stringValue("<<-EOF\n    x\n  y\n    EOF") == "    x\n  y\n")
  }

  @Test func heredocClosingMarkerMayBeIndentedAndCRLF() {
    #expect(stringValue("<<EOF\r\nx\r\nEOF\r\n") == "x\r\n")
    // HCL v1 keeps the closing marker's indentation at the end of a plain heredoc's value.
    #expect(stringValue("<<EOF\nx\n  EOF\n") == "x\n  ")
    #expect(stringValue("<<EOF\nEOFX\nEOF\n") == "EOFX\n")
    #expect(stringValue("<<EOF\nEOF\n") == "")
  }

  @Test func heredocClosingMarkerFollowsHCLv1Exactly() {
    // Nothing may follow the marker on its line, and a newline must follow it.
    #expect(messages("a = <<EOF\nx\nEOF \n").first == "unterminated heredoc: missing closing marker \"EOF\"")
    #expect(
      messages("a = <<EOF\nx\nEOF") == [
        "unterminated heredoc: the closing marker \"EOF\" must be followed by a newline"
      ])
    #expect(stringValue("<<EOF\nx\nEOF") == "x\n")
  }

  /// HCL v1 ends `<<-EOF` only on a line at least as long as `-EOF` (the anchor keeps its dash):
  /// `EOF` in column 0 never closes it and Consul fails with `heredoc not terminated`.
  @Test func dashHeredocIsNotClosedByTheMarkerInColumnZero() {
    let message = "heredoc not terminated: \"EOF\" in column 0 does not close \"<<-EOF\""
    let result = parse("a = <<-EOF\n  x\nEOF\nb = 1\n")
    #expect(result.diagnostics.map(\.message) == [message])
    #expect(result.diagnostics.map { span($0.range, result.source) } == ["3:1-3:4"])
    #expect(result.diagnostics.first?.notes.map(\.message) == ["the heredoc starts here"])
    // Consul's own report, at the end of the file where HCL v1 gives up.
    #expect(result.diagnostics.first?.help?.contains("`At 5:1: heredoc not terminated`") == true)
    #expect(result.diagnostics.first?.help?.contains("indent the closing `EOF` by at least one space") == true)
    // Lexing resumes after that line: `b` is still parsed.
    #expect(result.document.body.items.map { $0.keys[0].name } == ["a", "b"])
    // The same under CRLF (the anchor `-EOF\r` is longer than `EOF\r`).
    #expect(messages("a = <<-EOF\r\n  x\r\nEOF\r\n") == [message])
    // One blank before the marker is enough; a plain `<<EOF` takes the marker in column 0.
    #expect(stringValue("<<-EOF\n  x\n EOF") == " x\n")
    #expect(stringValue("<<-EOF\r\n  x\r\n EOF\r") == " x\r\n")
    #expect(stringValue("<<EOF\nx\nEOF") == "x\n")
    // A longer line that does match, later on, closes it as in HCL v1 (taking the line in).
    #expect(stringValue("<<-EOF\n  x\nEOF\n  EOF") == "  x\nEOF\n")
  }

  /// HCL v1's anchor includes the `\r` of a CRLF line, so the closing line needs one too.
  @Test func crlfAnchorNeedsACRLFClosingLine() {
    let result = parse("a = <<EOF\r\nx\nEOF\n")
    #expect(result.diagnostics.map(\.message) == ["unterminated heredoc: missing closing marker \"EOF\""])
    #expect(
      result.diagnostics.first?.notes.map(\.message) == [
        "this line would close the heredoc if it ended in \\r\\n like the line of \"<<EOF\" (HCL v1 compares the line endings too)"
      ])
    // The other way round is fine: `\r*` may end any closing line.
    #expect(stringValue("<<EOF\nx\r\nEOF\r") == "x\r\n")
  }

  @Test func nulIsRejectedEverywhereLikeHCLv1() {
    #expect(messages("a = \"x\u{0}y\"\n") == ["unexpected NUL byte (0x00)"])
    #expect(messages("# \u{0}\n") == ["unexpected NUL byte (0x00)"])
    #expect(messages("a = <<E\n\u{0}\nE\n") == ["unexpected NUL byte (0x00)"])
  }

  @Test func heredocErrors() {
    #expect(messages("a = <<EOF\nx\n") == ["unterminated heredoc: missing closing marker \"EOF\""])
    #expect(
      messages("a = <<EOF x\ny\nEOF\n") == [
        "invalid heredoc anchor \"<<EOF x\": the marker must be followed by a newline"
      ])
    #expect(messages("a = <<\nx\n").first == "heredoc marker missing after '<<'")
  }

  @Test func identifiersAllowDashesDotsAndUnicodeLetters() {
    let result = parse("a-b.c_d = 1\nnaïve = 2\n名前 = 3\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.document.body.items.map { $0.keys[0].name } == ["a-b.c_d", "naïve", "名前"])
  }

  @Test func numbersAndTheirErrors() {
    #expect(messages("a = 08\n") == ["invalid octal number \"08\" (a leading 0 means octal)"])
    #expect(messages("a = 0x\n") == ["invalid hexadecimal number: no digits after '0x'"])
    #expect(messages("a = 10s\n") == ["invalid number \"10s\" (quote it to make it a string)"])
    #expect(messages("a = 99999999999999999999\n") == ["number 99999999999999999999 does not fit in a 64-bit integer"])
    #expect(parse("a = -0\nb = 0\nc = 0.5\nd = .5\ne = 1.\nf = 0159.23\n").diagnostics.isEmpty)
    #expect(messages("a = 1.2.3\n") == ["invalid number \"1.2.3\" (quote it to make it a string)"])
  }

  @Test func illegalCharactersAreNamed() {
    #expect(messages("a = 1\n@\n") == ["unexpected character '@'"])
    #expect(messages("a: 1\n").first == "unexpected character ':': HCL uses '=' between a key and its value")
    #expect(messages("a = 'x'\n") == ["strings must use double quotes, found 'x'"])
    #expect(messages("a = 1 ☃\n") == ["unexpected character '☃'"])
  }

  @Test func commentsOfEveryStyleAreKept() {
    let result = parse("# a\n// b\n/* c\n d */ x = 1 /* e */\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.document.comments.map(\.style) == [.hash, .doubleSlash, .block, .block])
    #expect(result.document.comments.map(\.text) == ["# a", "// b", "/* c\n d */", "/* e */"])
    #expect(messages("/* open\n") == ["unterminated comment: missing '*/'"])
  }

  @Test func commentRangesExcludeTheCarriageReturn() {
    let result = parse("# a\r\nx = 1\r\n")
    #expect(result.document.comments.first?.text == "# a")
    #expect(result.document.comments.first.map { span($0.range, result.source) } == "1:1-1:4")
  }
}
