import CentryCore
import Testing

@Suite struct SourceFileTests {
  @Test func columnsCountUnicodeScalars() {
    let file = SourceFile(name: "a.hcl", text: "é = \"x\"\nName = 1\n")
    let position = file.position(at: 3)  // `=` after "é " (é is 2 bytes)
    #expect(position.line == 1)
    #expect(position.column == 3)
    #expect(file.position(at: 9).line == 2)
    #expect(file.position(at: 9).column == 1)
  }

  @Test func crlfLinesDropTheCarriageReturn() {
    let file = SourceFile(name: "a.hcl", text: "a = 1\r\nb = 2\r\n")
    #expect(file.lineText(1) == "a = 1")
    #expect(file.position(at: 7).line == 2)
  }
}
