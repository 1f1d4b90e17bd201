import CentryCore
import CentryRender
import CentryTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One hand-built report, rendered in every format and compared with `Fixtures/render/<name>.*`.
struct RenderCase: Sendable, CustomTestStringConvertible {
  var name: String
  var files: [(name: String, text: String)]
  /// Built from the file IDs (in `files` order) and a helper that finds text in a file.
  var diagnostics: @Sendable (_ find: Finder) -> [Diagnostic]
  var entries = 1

  var testDescription: String { name }

  /// Finds the `occurrence`-th (0-based) `needle` in file `index` and returns its byte range.
  struct Finder: Sendable {
    var sources: SourceMap
    func callAsFunction(_ needle: String, in index: Int = 0, occurrence: Int = 0) -> SourceRange {
      let haystack = sources[FileID(index)].bytes
      let target = Array(needle.utf8)
      var seen = 0
      if !target.isEmpty, haystack.count >= target.count {
        for start in 0...(haystack.count - target.count) where Array(haystack[start..<start + target.count]) == target {
          if seen == occurrence { return SourceRange(file: FileID(index), start: start, end: start + target.count) }
          seen += 1
        }
      }
      Issue.record("`\(needle)` not found in file \(index)")
      return SourceRange(file: FileID(index), start: 0, end: 0)
    }

    /// An empty range at the end of file `index`.
    func end(of index: Int = 0) -> SourceRange {
      let count = sources[FileID(index)].bytes.count
      return SourceRange(file: FileID(index), start: count, end: count)
    }
  }

  func build() -> (sources: SourceMap, diagnostics: [Diagnostic], summary: RunSummary) {
    var sources = SourceMap()
    for file in files { sources.add(SourceFile(name: file.name, text: file.text)) }
    let diagnostics = diagnostics(Finder(sources: sources)).sortedForOutput()
    return (sources, diagnostics, RunSummary(diagnostics: diagnostics, sources: sources, entries: entries))
  }
}

/// A fixed rule list for SARIF goldens, so they do not change whenever a rule is added (the
/// renderers take any ID; these need not be registered).
let goldenRules: [RuleDescription] = [
  "syntax", "type-mismatch", "unknown-field", "splitter-weights-sum", "unused-subset",
]
.map { id in
  RuleDescription(
    id: RuleID(id), severity: id == "unused-subset" ? .warning : .error, summary: "summary of \(id)",
    rationale: "Rationale of `\(id)`.", passing: [], failing: [])
}

func diagnostic(
  _ rule: String, _ message: String, severity: Severity = .error, at range: SourceRange, notes: [Note] = [],
  help: String? = nil, suggestion: Suggestion? = nil
) -> Diagnostic {
  Diagnostic(
    rule: RuleID(rule), severity: severity, message: message, range: range, notes: notes, help: help,
    suggestion: suggestion)
}

let renderCases: [RenderCase] = [
  RenderCase(
    name: "single-line",
    files: [
      (
        "router.hcl",
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          {
            Match { HTTP { PathPrefx = "/api" } }
          }
        ]

        """
      )
    ],
    diagnostics: { find in
      [
        diagnostic(
          "unknown-field", "unknown field `PathPrefx` in a service-router match", at: find("PathPrefx"),
          suggestion: Suggestion("did you mean `PathPrefix`?", replacement: "PathPrefix"))
      ]
    }),
  RenderCase(
    name: "multi-line",
    files: [
      (
        "splitter.hcl",
        """
        Kind = "service-splitter"
        Name = "web"
        Splits = [
          { Weight = 90, ServiceSubset = "v1" },
          { Weight = 20, ServiceSubset = "v2" },
        ]

        """
      )
    ],
    diagnostics: { find in
      let start = find("[")
      let end = find("]")
      return [
        diagnostic(
          "splitter-weights-sum", "split weights add up to 110, not 100",
          at: SourceRange(file: start.file, start: start.start, end: end.end),
          help: "adjust the weights so that they total 100")
      ]
    }),
  RenderCase(
    name: "long-multi-line",
    files: [
      (
        "resolver.hcl",
        """
        Kind = "service-resolver"
        Name = "web"
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1" }
          v2 = { Filter = "Service.Meta.version == v2" }
          v3 = { Filter = "Service.Meta.version == v3" }
          v4 = { Filter = "Service.Meta.version == v4" }
          v5 = { Filter = "Service.Meta.version == v5" }
          v6 = { Filter = "Service.Meta.version == v6" }
          v7 = { Filter = "Service.Meta.version == v7" }
        }
        DefaultSubset = "v8"

        """
      )
    ],
    diagnostics: { find in
      let start = find("{", occurrence: 0)
      let end = find("}\nDefault")
      return [
        diagnostic(
          "unused-subset", "seven subsets, none used", severity: .warning,
          at: SourceRange(file: start.file, start: start.start, end: end.start + 1),
          notes: [Note("the default points elsewhere", at: find("\"v8\""))])
      ]
    }),
  RenderCase(
    name: "multibyte",
    files: [
      (
        "defaults.hcl",
        """
        Kind = "service-defaults"
        Meta { 描述 = "示例服务 ✓", Protocl = "http" }

        """
      )
    ],
    diagnostics: { find in
      [
        diagnostic(
          "unknown-field", "unknown field `Protocl` in `Meta`", at: find("Protocl"),
          help: "keys of `Meta` are free-form; is this meant to be top-level?")
      ]
    }),
  RenderCase(
    name: "tab",
    files: [("tabs.hcl", "Kind = \"service-defaults\"\n\tProtocol\t= \"htp\"\n")],
    diagnostics: { find in
      [diagnostic("type-mismatch", "unknown protocol `htp`", at: find("\"htp\""))]
    }),
  RenderCase(
    name: "long-line",
    files: [
      (
        "minified.json",
        "{\"Kind\": \"service-router\", \"Name\": \"web\", \"Routes\": ["
          + String(repeating: "{\"Match\": {\"HTTP\": {\"PathPrefix\": \"/a\"}}}, ", count: 6)
          + "{\"Match\": {\"HTTP\": {\"PathPrefx\": \"/b\"}}}, "
          + String(repeating: "{\"Match\": {\"HTTP\": {\"PathPrefix\": \"/c\"}}}, ", count: 6) + "]}\n"
      )
    ],
    diagnostics: { find in
      [diagnostic("unknown-field", "unknown field `PathPrefx` in `Routes[6].Match.HTTP`", at: find("\"PathPrefx\""))]
    }),
  RenderCase(
    name: "crlf",
    files: [("crlf.hcl", "Kind = \"service-defaults\"\r\nName = \"web\"\r\nProtocol = \"htp\"\r\n")],
    diagnostics: { find in
      [diagnostic("type-mismatch", "unknown protocol `htp`", at: find("\"htp\""))]
    }),
  RenderCase(
    name: "empty-range-at-eof",
    files: [
      ("open.hcl", "Kind = \"service-router\"\nRoutes = ["),
      ("newline.hcl", "Kind = \"service-router\"\nRoutes = [\n"),
    ],
    diagnostics: { find in
      [
        diagnostic("syntax", "expected `]`, found end of file", at: find.end(of: 0)),
        diagnostic(
          "syntax", "expected `]`, found end of file", at: find.end(of: 1),
          notes: [Note("list opened here", at: find("[", in: 1))]),
      ]
    }),
  RenderCase(
    name: "note-in-other-file",
    files: [
      (
        "router.hcl",
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Destination { ServiceSubset = "v3" } }]

        """
      ),
      (
        "resolver.hcl",
        """
        Kind = "service-resolver"
        Name = "web"
        Subsets = {
          v1 = { Filter = "Service.Meta.version == v1" }
        }

        """
      ),
    ],
    diagnostics: { find in
      [
        diagnostic(
          "unknown-field", "subset `v3` is not defined by service-resolver `web`", at: find("\"v3\""),
          notes: [
            Note("subsets of `web` are defined here", at: find("Subsets", in: 1)),
            Note("only `v1` exists"),
          ])
      ]
    }),
  RenderCase(
    name: "same-line",
    files: [
      (
        "splitter.hcl",
        """
        Kind = "service-splitter"
        Splits = [{ Weight = 90, ServiceSubset = "v1" }, { Weight = "ten" }]

        """
      )
    ],
    diagnostics: { find in
      [
        diagnostic("type-mismatch", "`Weight` must be a number, found a string", at: find("\"ten\"")),
        diagnostic(
          "unused-subset", "split to subset `v1` has no other split to balance", severity: .warning,
          at: find("ServiceSubset"),
          notes: [Note("weight set here", at: find("Weight"))]),
        diagnostic("syntax", "trailing list on one line", severity: .info, at: find("[")),
      ]
    }),
  RenderCase(
    name: "help-and-suggestion",
    files: [("router.hcl", "Kind = \"service-router\"\nRoutes = [{ Match { HTTP { Methods = [\"get\"] } } }]\n")],
    diagnostics: { find in
      [
        diagnostic(
          "type-mismatch", "unknown HTTP method `get`", at: find("\"get\""),
          help: "methods are matched case-sensitively by Envoy",
          suggestion: Suggestion("did you mean `GET`?", replacement: "\"GET\""))
      ]
    }),
  RenderCase(
    name: "escaping",
    files: [("my dir/we,b:1 <&>.hcl", "Name = \"a<b>&\\\"c\\\" 100%\"\n")],
    diagnostics: { find in
      [
        diagnostic(
          "syntax", "name `a<b>&\"c\" 100%` has characters: <, >, &, \", %, and ':'", at: find("\"a<b>"),
          help: "line one\nline two, with 50% more\r\nand a tab\there")
      ]
    }),
  RenderCase(
    name: "clean",
    files: [("b.hcl", "Kind = \"service-defaults\"\n"), ("a.json", "{\"Kind\": \"proxy-defaults\"}\n")],
    diagnostics: { _ in [] },
    entries: 2),
]

@Suite struct RendererGoldenTests {
  static let directory = fixturesRoot.appendingPathComponent("render")

  @Test(arguments: renderCases) func text(_ renderCase: RenderCase) {
    let (sources, diagnostics, summary) = renderCase.build()
    let output = TextRenderer(decorator: .plain).render(diagnostics, sources: sources, summary: summary)
    assertGolden(output, matches: Self.directory.appendingPathComponent("\(renderCase.name).txt"))
  }

  @Test(arguments: renderCases) func json(_ renderCase: RenderCase) throws {
    let (sources, diagnostics, summary) = renderCase.build()
    let output = JSONRenderer.render(diagnostics, sources: sources, summary: summary)
    assertGolden(output, matches: Self.directory.appendingPathComponent("\(renderCase.name).json"))
    // Valid JSON with the contract's keys.
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    let listed = object?["diagnostics"] as? [[String: Any]]
    #expect(listed?.count == diagnostics.count)
    for entry in listed ?? [] {
      for key in ["rule", "severity", "message", "file", "line", "column", "endLine", "endColumn"] {
        #expect(entry[key] != nil, "missing \(key)")
      }
    }
    #expect((object?["summary"] as? [String: Any])?.keys.sorted() == ["entries", "errors", "files", "warnings"])
  }

  @Test(arguments: renderCases) func sarif(_ renderCase: RenderCase) throws {
    let (sources, diagnostics, summary) = renderCase.build()
    let output = SARIFRenderer.render(diagnostics, sources: sources, summary: summary, rules: goldenRules)
    assertGolden(output, matches: Self.directory.appendingPathComponent("\(renderCase.name).sarif"))
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    #expect(object?["version"] as? String == "2.1.0")
    let run = (object?["runs"] as? [[String: Any]])?.first
    let results = run?["results"] as? [[String: Any]]
    #expect(results?.count == diagnostics.count)
    let rules = ((run?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
    for result in results ?? [] {
      let index = result["ruleIndex"] as? Int ?? -1
      #expect(rules?.indices.contains(index) == true)
      #expect(rules?[index]["id"] as? String == result["ruleId"] as? String)
    }
  }

  @Test(arguments: renderCases) func github(_ renderCase: RenderCase) {
    let (sources, diagnostics, summary) = renderCase.build()
    let output = GitHubRenderer.render(diagnostics, sources: sources, summary: summary)
    assertGolden(output, matches: Self.directory.appendingPathComponent("\(renderCase.name).github"))
    #expect(output.split(separator: "\n").count == diagnostics.count)
  }

  @Test(arguments: renderCases) func checkstyle(_ renderCase: RenderCase) throws {
    let (sources, diagnostics, summary) = renderCase.build()
    let output = CheckstyleRenderer.render(diagnostics, sources: sources, summary: summary)
    assertGolden(output, matches: Self.directory.appendingPathComponent("\(renderCase.name).checkstyle.xml"))
    let document = try XMLDocument(data: Data(output.utf8))
    #expect(try document.nodes(forXPath: "/checkstyle/file").count == Set(renderCase.files.map(\.name)).count)
    #expect(try document.nodes(forXPath: "//error").count == diagnostics.count)
  }
}
