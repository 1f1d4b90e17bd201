import CentryCore
import CentryRender
import Testing

@Suite struct DecoratorTests {
  @Test func plainLeavesTextAlone() {
    #expect(Decorator.plain("error[x]", .severity(.error)) == "error[x]")
  }

  @Test func ansiWrapsEachRoleAndResets() {
    #expect(Decorator.ansi("error", .severity(.error)) == "\u{1B}[1;31merror\u{1B}[0m")
    #expect(Decorator.ansi("warning", .severity(.warning)) == "\u{1B}[1;33mwarning\u{1B}[0m")
    #expect(Decorator.ansi(" |", .gutter) == "\u{1B}[1;34m |\u{1B}[0m")
    #expect(Decorator.ansi("", .message) == "")
  }

  @Test func colouredReportHasTheSameLayoutOnceEscapesAreRemoved() {
    var sources = SourceMap()
    let id = sources.add(SourceFile(name: "a.hcl", text: "Kind = 1\n"))
    let diagnostics = [
      Diagnostic(
        rule: RuleID("type-mismatch"), severity: .error, message: "`Kind` must be a string",
        range: SourceRange(file: id, start: 7, end: 8), help: "quote it")
    ]
    let summary = RunSummary(diagnostics: diagnostics, sources: sources, entries: 1)
    let plain = TextRenderer(decorator: .plain).render(diagnostics, sources: sources, summary: summary)
    let coloured = TextRenderer(decorator: .ansi).render(diagnostics, sources: sources, summary: summary)
    #expect(coloured != plain)
    #expect(coloured.contains("\u{1B}[1;31merror[type-mismatch]\u{1B}[0m"))
    #expect(stripANSI(coloured) == plain)
  }

  @Test(arguments: [
    (ColorChoice.auto, true, [String: String](), true),
    (.auto, false, [:], false),
    (.always, false, [:], true),
    (.never, true, [:], false),
    (.always, true, ["NO_COLOR": "1"], false),
    (.auto, true, ["NO_COLOR": "yes"], false),
    (.auto, true, ["NO_COLOR": ""], true),
  ])
  func colourChoice(_ choice: ColorChoice, isTerminal: Bool, environment: [String: String], expected: Bool) {
    #expect(choice.usesColor(isTerminal: isTerminal, environment: environment) == expected)
  }

  private func stripANSI(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if scalar == "m" { inEscape = false }
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
