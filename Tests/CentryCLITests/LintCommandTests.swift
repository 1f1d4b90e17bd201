import CentryTestSupport
import Foundation
import Testing

@Suite(.serialized) struct LintCommandTests {
  // MARK: - Exit status and streams

  @Test func cleanInputExitsZeroAndPrintsNothing() throws {
    let dir = try temporaryTree(["web.hcl": cleanEntry])
    let result = try runCentry(["lint", "web.hcl"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "")
  }

  @Test func errorsExitOneWithTheReportOnStdout() throws {
    let dir = try temporaryTree(["router.yaml": yamlResource])
    let result = try runCentry(["lint", "router.yaml"], in: dir)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("error[unsupported-input]: "))
    #expect(result.stdout.contains(" --> router.yaml:1:1\n"))
    #expect(result.stdout.hasSuffix("error: 1 error (1 file checked)\n"))
    #expect(result.stderr == "")
  }

  @Test(arguments: ["text", "json", "sarif", "github", "checkstyle"])
  func exitStatusDoesNotDependOnFormat(_ format: String) throws {
    let dir = try temporaryTree(["router.yaml": yamlResource, "web.hcl": cleanEntry])
    #expect(try runCentry(["lint", "--format", format, "router.yaml"], in: dir).status == 1)
    #expect(try runCentry(["lint", "--format", format, "web.hcl"], in: dir).status == 0)
    #expect(try runCentry(["lint", "--format", format, "--strict", "web.hcl"], in: dir).status == 0)
    #expect(try runCentry(["lint", "--format", format, "missing.hcl"], in: dir).status == 2)
  }

  @Test
  func warningsFailOnlyUnderStrict() throws {
    let dir = try temporaryTree(["web.hcl": "Kind = \"service-defaults\"\nName = \"web\"\nMeta = { a = 1 }\n"])
    let relaxed = try runCentry(["lint", "--format", "json", "web.hcl"], in: dir)
    let object = try JSONSerialization.jsonObject(with: Data(relaxed.stdout.utf8)) as? [String: Any]
    let summary = object?["summary"] as? [String: Any]
    try #require(summary?["warnings"] as? Int ?? 0 > 0, "the sample no longer produces a warning")
    #expect(summary?["errors"] as? Int == 0)
    #expect(relaxed.status == 0)
    #expect(try runCentry(["lint", "--strict", "web.hcl"], in: dir).status == 1)
  }

  @Test
  func catalogEnablesSubsetChecks() throws {
    let resolver = """
      Kind = "service-resolver"
      Name = "web"
      Subsets = { v9 = { Filter = "Service.Meta.version == v9" } }

      """
    let catalog = fixturesRoot.appendingPathComponent("expr/catalog-web.json").path
    let dir = try temporaryTree(["resolver.hcl": resolver])
    let without = try runCentry(["lint", "--format", "json", "resolver.hcl"], in: dir)
    #expect(!without.stdout.contains("subset-selects-nothing"))
    let with = try runCentry(["lint", "--format", "json", "--catalog", catalog, "resolver.hcl"], in: dir)
    #expect(with.stdout.contains("subset-selects-nothing"))
    let missing = try runCentry(["lint", "--catalog", "missing.json", "resolver.hcl"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stdout == "")
    #expect(missing.stderr.contains("missing.json"))
  }

  @Test func missingFileIsAToolFailureWithNothingOnStdout() throws {
    let dir = try temporaryTree(["router.yaml": yamlResource])
    let result = try runCentry(["lint", "router.yaml", "missing.hcl"], in: dir)
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("`missing.hcl`"))
  }

  @Test func unknownFlagIsAUsageErrorExitTwo() throws {
    let result = try runCentry(["lint", "--no-such-flag", "x.hcl"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("--no-such-flag"))
  }

  @Test func unknownFormatIsAUsageErrorExitTwo() throws {
    let result = try runCentry(["lint", "--format", "xml", "-"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
  }

  @Test func helpAndVersionExitZeroOnStdout() throws {
    let help = try runCentry(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("lint"))
    #expect(help.stdout.contains("rules"))
    #expect(help.stderr == "")
    let lintHelp = try runCentry(["lint", "--help"])
    #expect(lintHelp.status == 0)
    #expect(lintHelp.stdout.contains("--format"))
    let version = try runCentry(["--version"])
    #expect(version.status == 0)
    #expect(!version.stdout.isEmpty)
  }

  // MARK: - Standard input

  @Test func dashReadsStandardInputNamedStdin() throws {
    let result = try runCentry(["lint", "--format", "checkstyle", "-"], stdin: (cleanEntry))
    #expect(result.status == 0)
    #expect(result.stdout.contains("<file name=\"&lt;stdin&gt;\"/>"))
  }

  @Test func noArgumentWithAPipeReadsStandardInput() throws {
    let result = try runCentry(["lint", "--format", "json"], stdin: (cleanEntry))
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect((object?["summary"] as? [String: Any])?["files"] as? Int == 1)
  }

  @Test
  func noArgumentOnATerminalIsAUsageError() throws {
    let result = try runCentryOnTerminal(["lint"])
    #expect(result.status == 2)
    #expect(result.stdout.contains("no input"))
  }

  @Test func dashTwiceIsAToolFailure() throws {
    let result = try runCentry(["lint", "-", "-"], stdin: (cleanEntry))
    #expect(result.status == 2)
    #expect(result.stdout == "")
  }

  // MARK: - Formats

  @Test func jsonPrintsExactlyOneObject() throws {
    let dir = try temporaryTree(["a.yaml": yamlResource, "b.yml": yamlResource, "web.hcl": cleanEntry])
    let result = try runCentry(["lint", "--format", "json", "."], in: dir)
    #expect(result.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let diagnostics = object?["diagnostics"] as? [[String: Any]]
    #expect(diagnostics?.count == 2)
    #expect(diagnostics?.first?["rule"] as? String == "unsupported-input")
    #expect(diagnostics?.first?["file"] as? String == "./a.yaml")
    let summary = object?["summary"] as? [String: Any]
    #expect(summary?["files"] as? Int == 3)
    #expect(summary?["errors"] as? Int == 2)
    #expect(summary?["warnings"] as? Int == 0)
  }

  @Test func colourFollowsColorFlagAndNoColor() throws {
    let dir = try temporaryTree(["router.yaml": yamlResource])
    let escape = "\u{1B}["
    #expect(try runCentry(["lint", "router.yaml"], in: dir).stdout.contains(escape) == false)
    #expect(try runCentry(["lint", "--color", "always", "router.yaml"], in: dir).stdout.contains(escape))
    #expect(
      try runCentry(["lint", "--color", "always", "router.yaml"], in: dir, environment: ["NO_COLOR": "1"]).stdout
        .contains(escape) == false)
    #expect(try runCentry(["lint", "--color", "never", "router.yaml"], in: dir).stdout.contains(escape) == false)
    // Machine formats never carry colour.
    #expect(
      try runCentry(["lint", "--color", "always", "--format", "json", "router.yaml"], in: dir).stdout.contains(escape)
        == false)
  }

  // MARK: - Directories

  @Test func directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenEntries() throws {
    let dir = try temporaryTree([
      "d/b.yaml": yamlResource, "d/a/z.yaml": yamlResource, "d/a.yml": yamlResource, "d/C.yaml": yamlResource,
      "d/.hidden/x.yaml": yamlResource, "d/.dot.yaml": yamlResource, "d/notes.txt": "x", "d/web.hcl": cleanEntry,
      "d/e.JSON": "{}",
    ])
    let result = try runCentry(["lint", "--format", "json", "d"], in: dir)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let files = (object?["diagnostics"] as? [[String: Any]])?.compactMap { $0["file"] as? String }
    #expect(files == ["d/C.yaml", "d/a/z.yaml", "d/a.yml", "d/b.yaml"])
    #expect((object?["summary"] as? [String: Any])?["files"] as? Int == 6)
  }

  @Test func emptyDirectoryWarnsOnStderrAndExitsZero() throws {
    let dir = try temporaryTree(["d/notes.txt": "x"])
    let result = try runCentry(["lint", "d"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("no *.hcl"))
  }

  // MARK: - Acceptance

  @Test
  func syntaxErrorFromStandardInputAsJSON() throws {
    let result = try runCentry(["lint", "--format", "json", "-"], stdin: ("Kind = \n"))
    #expect(result.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
    #expect(diagnostics.contains { $0["rule"] as? String == "syntax" && $0["severity"] as? String == "error" })
    #expect(diagnostics.allSatisfy { $0["file"] as? String == "<stdin>" })
  }
}
