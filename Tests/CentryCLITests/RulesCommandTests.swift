import CentryTestSupport
import Foundation
import Testing

@Suite struct RulesCommandTests {
  @Test func listMatchesGolden() throws {
    let result = try runCentry(["rules"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    assertGolden(result.stdout, matches: fixturesRoot.appendingPathComponent("cli/rules.txt"))
  }

  @Test func listIsAnAlignedTableWithEveryRule() throws {
    let lines = try runCentry(["rules"]).stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("ID ") == true)
    let severityColumn = lines.first?.range(of: "SEVERITY")?.lowerBound.utf16Offset(in: String(lines[0]))
    for line in lines.dropFirst() {
      let text = String(line)
      let severity = ["error", "warning", "info"].compactMap { text.range(of: "  \($0)  ") }.first
      #expect(severity.map { text.distance(from: text.startIndex, to: $0.lowerBound) + 2 } == severityColumn, "\(text)")
    }
  }

  @Test func oneRuleShowsItsTextAndRenderedExamples() throws {
    let result = try runCentry(["rules", "unsupported-input"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Severity: error"))
    #expect(result.stdout.contains("error[unsupported-input]: "))
    assertGolden(result.stdout, matches: fixturesRoot.appendingPathComponent("cli/rules-unsupported-input.txt"))
  }

  @Test func unknownRuleSuggestsTheClosestAndExitsTwo() throws {
    let result = try runCentry(["rules", "unsuported-input"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("did you mean `unsupported-input`?"))
    let far = try runCentry(["rules", "zzzzzzzzzzzz"])
    #expect(far.status == 2)
    #expect(!far.stderr.contains("did you mean"))
  }
}

/// `completions/` and `man/` must match the binary (STYLE.md §2.6). `CENTRY_RECORD=1` refreshes
/// the completions; the man page is regenerated with `scripts/update-docs.sh`.
@Suite struct GeneratedDocsTests {
  @Test(arguments: [("bash", "centry.bash"), ("zsh", "_centry"), ("fish", "centry.fish")])
  func completionScriptIsCurrent(_ shell: String, _ file: String) throws {
    let result = try runCentry(["--generate-completion-script", shell])
    #expect(result.status == 0)
    #expect(!result.stdout.isEmpty)
    assertGolden(result.stdout, matches: repositoryRoot.appendingPathComponent("completions/\(file)"))
  }

  @Test func manPageNamesEverySubcommand() throws {
    let page = try String(contentsOf: repositoryRoot.appendingPathComponent("man/centry.1"), encoding: .utf8)
    let help = try runCentry(["--help"]).stdout
    // Subcommand names as `--help` lists them under SUBCOMMANDS.
    let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
    let names = section.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.drop { $0 == " " }
      guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = trimmed.split(separator: " ").first else {
        return nil
      }
      return String(name)
    }.filter { $0 != "help" && $0 != "See" }
    #expect(names.contains("lint") && names.contains("rules"))
    for name in names {
      #expect(page.contains(".It Em \(name)"), "man/centry.1 does not document `\(name)`: run scripts/update-docs.sh")
    }
  }
}
