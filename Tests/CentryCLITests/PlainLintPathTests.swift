import CentryTestSupport
import Foundation
import Testing

/// `centry lint [INPUT|-]…` without options runs the lint directly, without ArgumentParser
/// (`Centry.plainLintInputs`); with an option or `--` the same inputs go through ArgumentParser.
/// Both must print the same bytes on both streams and exit with the same status, errors included.
@Suite(.serialized) struct PlainLintPathTests {
  /// A router whose only route goes to a subset no resolver defines: an error report.
  static let brokenRouter = """
    Kind = "service-router"
    Name = "web"
    Routes = [{ Destination = { Service = "api", ServiceSubset = "v9" } }]

    """

  static func tree() throws -> TemporaryTree {
    try temporaryTree([
      "web.hcl": cleanEntry,
      "router.yaml": yamlResource,
      "broken/router.hcl": brokenRouter,
      "broken/web.hcl": cleanEntry,
      "empty/README.txt": "no entries here\n",
    ])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var inputs: [String]
    var stdin = ""
    var testDescription: String { "lint \(inputs.joined(separator: " "))" }
  }

  static let cases: [Case] = [
    Case(inputs: ["web.hcl"]),
    Case(inputs: ["router.yaml"]),
    Case(inputs: ["broken"]),
    Case(inputs: ["web.hcl", "broken", "router.yaml"]),
    Case(inputs: ["router.yaml", "missing.hcl"]),
    Case(inputs: ["missing.hcl", "also-missing.hcl"]),
    Case(inputs: ["empty"]),
    Case(inputs: ["empty", "web.hcl"]),
    Case(inputs: ["-"], stdin: cleanEntry),
    Case(inputs: ["-"], stdin: brokenRouter),
    Case(inputs: ["-"], stdin: "Kind = \n"),
    Case(inputs: [], stdin: brokenRouter),
    Case(inputs: ["-", "-"], stdin: cleanEntry),
    Case(inputs: ["web.hcl", "-"], stdin: brokenRouter),
  ]

  @Test(arguments: cases)
  func sameBytesAndStatusAsThroughArgumentParser(_ example: Case) throws {
    let dir = try Self.tree()
    let plain = try runCentry(["lint"] + example.inputs, stdin: example.stdin, in: dir)
    for parsed in [["lint", "--format", "text"] + example.inputs, ["lint", "--"] + example.inputs] {
      let other = try runCentry(parsed, stdin: example.stdin, in: dir)
      #expect(plain.status == other.status, "\(parsed)")
      #expect(plain.stdout == other.stdout, "\(parsed)")
      #expect(plain.stderr == other.stderr, "\(parsed)")
    }
  }

  /// The cases above cover every outcome: a clean run, problems found, unreadable inputs and an
  /// empty directory.
  @Test func casesCoverEveryExitStatus() throws {
    let dir = try Self.tree()
    var statuses: Set<Int32> = []
    var warned = false
    for example in Self.cases {
      let result = try runCentry(["lint"] + example.inputs, stdin: example.stdin, in: dir)
      statuses.insert(result.status)
      warned = warned || result.stderr.hasPrefix("warning: ")
    }
    #expect(statuses == [0, 1, 2])
    #expect(warned)
  }

  @Test func noInputOnATerminalIsTheSameUsageError() throws {
    let plain = try runCentryOnTerminal(["lint"])
    let parsed = try runCentryOnTerminal(["lint", "--format", "text"])
    #expect(plain.status == 2)
    #expect(plain.status == parsed.status)
    #expect(plain.stdout == parsed.stdout)
  }
}
