import Testing

@testable import CentryCore
@testable import CentryRender

/// The SARIF and GitHub renderers' escaping and fingerprint helpers.
@Suite struct RendererHelperTests {
  @Test(arguments: [
    ("web.hcl", "web.hcl"), ("./dir/web.hcl", "dir/web.hcl"), ("dir\\web.hcl", "dir/web.hcl"),
    ("my dir/a,b.hcl", "my%20dir/a%2Cb.hcl"), ("/abs/x.hcl", "file:///abs/x.hcl"), ("<stdin>", "<stdin>"),
    ("服.hcl", "%E6%9C%8D.hcl"),
  ])
  func sarifURIs(_ path: String, _ expected: String) {
    #expect(SARIFRenderer.uri(forPath: path) == expected)
  }

  @Test func githubEscaping() {
    #expect(GitHubRenderer.escapeData("50% a\r\nb:c,d") == "50%25 a%0D%0Ab:c,d")
    #expect(GitHubRenderer.escapeProperty("50% a\r\nb:c,d") == "50%25 a%0D%0Ab%3Ac%2Cd")
  }

  @Test func sarifFingerprintIsStableAndIgnoresLineMoves() {
    func fingerprint(_ text: String, at needle: String) -> String {
      var sources = SourceMap()
      let id = sources.add(SourceFile(name: "a.hcl", text: text))
      let bytes = Array(text.utf8)
      let target = Array(needle.utf8)
      let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<$0 + target.count]) == target } ?? 0
      let diagnostic = Diagnostic(
        rule: RuleID("x"), severity: .error, message: "m",
        range: SourceRange(file: id, start: start, end: start + target.count)
      )
      return SARIFRenderer.fingerprint(diagnostic, sources: sources)
    }
    let first = fingerprint("a = 1\nbad = 2\n", at: "bad")
    #expect(first.count == 16)
    #expect(first == fingerprint("# moved\na = 1\n  bad = 2\n", at: "bad"))
    #expect(first != fingerprint("a = 1\nbad = 3\n", at: "bad"))
  }
}
