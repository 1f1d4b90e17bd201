import CentryTestSupport
import Foundation
import Testing

/// The acceptance case of the validation rules, end to end through the built binary: a splitter
/// whose weights are 90 and 20 fails `lint` with `splitter-weights-sum` on its `Splits` value,
/// whatever the key spelling or input format.
@Suite(.serialized) struct SplitterWeightsCommandTests {
  static let camel = """
    Kind = "service-splitter"
    Name = "web"
    Splits = [
      { Weight = 90, ServiceSubset = "v1" },
      { Weight = 20, ServiceSubset = "v2" },
    ]

    """
  static let snake = """
    kind = "service-splitter"
    name = "web"
    splits = [
      { weight = 90, service_subset = "v1" },
      { weight = 20, service_subset = "v2" },
    ]

    """
  static let json = """
    {"Kind": "service-splitter", "Name": "web",
     "Splits": [{"Weight": 90, "ServiceSubset": "v1"}, {"Weight": 20, "ServiceSubset": "v2"}]}

    """

  @Test(arguments: [("camel", camel), ("snake", snake)])
  func weightsNinetyAndTwentyFail(_ name: String, _ text: String) throws {
    let dir = try temporaryTree(["splitter.hcl": text])
    let result = try runCentry(["lint", "--format", "json", "splitter.hcl"], in: dir)
    #expect(result.status == 1)
    // A lone splitter is also a chain error (tcp service, no subsets); only the weights matter here.
    let diagnostics = try Self.diagnostics(result.stdout).filter { !$0.rule.hasPrefix("chain-") }
    #expect(diagnostics.map(\.rule) == ["splitter-weights-sum"], "\(name): \(result.stdout)")
    let found = try #require(diagnostics.first)
    // The `Splits` value: from `[` on line 3 to `]` on line 6.
    let span: [Int] = [found.line, found.column, found.endLine, found.endColumn]
    #expect(span == [3, 10, 6, 2])
    #expect(found.message == "split weights add up to 110, not 100")
    #expect(found.help == "Consul: `the sum of all split weights must be 100, not 110.000000`")
  }

  @Test
  func camelSnakeAndJSONReportTheSame() throws {
    let dir = try temporaryTree(["camel.hcl": Self.camel, "snake.hcl": Self.snake, "json.json": Self.json])
    var messages: [[String]] = []
    for file in ["camel.hcl", "snake.hcl", "json.json"] {
      let result = try runCentry(["lint", "--format", "json", file], in: dir)
      #expect(result.status == 1, "\(file)")
      messages.append(try Self.diagnostics(result.stdout).map { "\($0.rule) \($0.severity) \($0.message)" })
    }
    #expect(messages[0] == messages[1])
    #expect(messages[0] == messages[2])
  }

  @Test
  func textReportNamesTheRuleAndTheSplits() throws {
    let dir = try temporaryTree(["splitter.hcl": Self.camel])
    let result = try runCentry(["lint", "splitter.hcl"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "error[splitter-weights-sum]: split weights add up to 110, not 100\n --> splitter.hcl:3:10\n"))
  }

  @Test func fixedWeightsPass() throws {
    let fixed = Self.camel.replacingOccurrences(of: "Weight = 20", with: "Weight = 10")
    // With the service's protocol and subsets, so that the chain compiles too.
    let defaults = "Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"http\"\n"
    let resolver =
      "Kind = \"service-resolver\"\nName = \"web\"\nDefaultSubset = \"v1\"\nSubsets = {\n  v1 = { Filter = \"Service.Meta.version == v1\" }\n  v2 = { Filter = \"Service.Meta.version == v2\" }\n}\n"
    let dir = try temporaryTree(["splitter.hcl": fixed, "defaults.hcl": defaults, "resolver.hcl": resolver])
    let result = try runCentry(["lint", "defaults.hcl", "resolver.hcl", "splitter.hcl"], in: dir)
    #expect(result.status == 0, "\(result.stdout)")
  }

  // MARK: - Helpers

  struct Found {
    var rule: String
    var severity: String
    var message: String
    var help: String?
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
  }

  static func diagnostics(_ stdout: String) throws -> [Found] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    let list = try #require(object["diagnostics"] as? [[String: Any]])
    return list.map { item in
      Found(
        rule: item["rule"] as? String ?? "", severity: item["severity"] as? String ?? "",
        message: item["message"] as? String ?? "", help: item["help"] as? String, line: item["line"] as? Int ?? 0,
        column: item["column"] as? Int ?? 0, endLine: item["endLine"] as? Int ?? 0,
        endColumn: item["endColumn"] as? Int ?? 0)
    }
  }
}
