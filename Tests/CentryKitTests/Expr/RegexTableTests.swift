import Testing

@testable import CentryKit

private struct RegexCase: Sendable, CustomTestStringConvertible {
  var pattern: String
  var kind: ExprIssue.Kind?
  var at: String?
  var testDescription: String { pattern }

  init(_ pattern: String, _ kind: ExprIssue.Kind? = nil, at: String? = nil) {
    self.pattern = pattern
    self.kind = kind
    self.at = at
  }
}

private let regexCases: [RegexCase] = [
  RegexCase("/api/.*"),
  RegexCase("^/api/v[0-9]+/users$"),
  RegexCase("/users/[^/]+/orders"),
  RegexCase("(?i)/API/.*"),
  RegexCase("(?P<version>v[0-9]+)/.*"),
  RegexCase("(?<version>v[0-9]+)/.*"),
  RegexCase("(?:a|b)+c?"),
  RegexCase("\\d{1,3}\\.\\d{1,3}"),
  RegexCase("[[:alpha:]]+"),
  RegexCase("\\p{Greek}+"),
  RegexCase("a*?b+?c??"),
  RegexCase("\\Qa.b\\E+"),
  RegexCase("\\Aabc\\z"),
  RegexCase("\\bword\\B"),
  RegexCase("caf\u{e9}"),
  RegexCase("\\x{1F600}"),
  RegexCase("[a-z\\d_-]+"),
  RegexCase("\\012"),
  RegexCase("(?sm)^a.b$"),
  RegexCase(""),
  // Syntax errors (PCRE2).
  RegexCase("/api/(v1", .regexSyntax, at: "1"),
  RegexCase("/api/v1)", .regexSyntax, at: ")"),
  RegexCase("[a-", .regexSyntax, at: "-"),
  RegexCase("*abc", .regexSyntax, at: "*"),
  RegexCase("a{2,1}", .regexSyntax, at: nil),
  RegexCase("\\", .regexSyntax, at: "\\"),
  RegexCase("[z-a]", .regexSyntax, at: nil),
  // RE2 does not support these.
  RegexCase("/api/(?=v1)", .regexUnsupportedRE2, at: "(?="),
  RegexCase("/api/(?!v1)", .regexUnsupportedRE2, at: "(?!"),
  RegexCase("(?<=a)b", .regexUnsupportedRE2, at: "(?<="),
  RegexCase("(?<!a)b", .regexUnsupportedRE2, at: "(?<!"),
  RegexCase("(a)\\1", .regexUnsupportedRE2, at: "\\1"),
  RegexCase("(?<n>a)\\k<n>", .regexUnsupportedRE2, at: "\\k"),
  RegexCase("(?P<n>a)(?P=n)", .regexUnsupportedRE2, at: "(?P="),
  RegexCase("(?>a+)b", .regexUnsupportedRE2, at: "(?>"),
  RegexCase("a*+b", .regexUnsupportedRE2, at: "*+"),
  RegexCase("a++b", .regexUnsupportedRE2, at: "++"),
  RegexCase("a?+b", .regexUnsupportedRE2, at: "?+"),
  RegexCase("a{2}+b", .regexUnsupportedRE2, at: "}+"),
  RegexCase("(a|(?R))", .regexUnsupportedRE2, at: "(?R"),
  RegexCase("(a)(?1)", .regexUnsupportedRE2, at: "(?1"),
  RegexCase("(?(1)a|b)", .regexUnsupportedRE2, at: "(?("),
  RegexCase("\\Gabc", .regexUnsupportedRE2, at: "\\G"),
  RegexCase("abc\\Z", .regexUnsupportedRE2, at: "\\Z"),
  RegexCase("foo\\Kbar", .regexUnsupportedRE2, at: "\\K"),
  RegexCase("\\X", .regexUnsupportedRE2, at: "\\X"),
  RegexCase("(?x) a b", .regexUnsupportedRE2, at: "(?x"),
  RegexCase("(*UTF)a", .regexUnsupportedRE2, at: "(*"),
  RegexCase("a(?#comment)b", .regexUnsupportedRE2, at: "(?#"),
  RegexCase("a{1001}", .regexUnsupportedRE2, at: "{1001}"),
  // Program size.
  RegexCase("[a-z]{50}\\.[a-z]{50}", .regexProgramSize, at: nil),
  RegexCase("(abc|def){40}", .regexProgramSize, at: nil),
  RegexCase("/users/[^/]+/orders/[^/]+/items/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+", .regexProgramSize, at: nil),
  RegexCase("\\p{Greek}{5}", .regexProgramSize, at: nil),
]

@Suite struct RegexTableTests {
  @Test("table has at least 40 patterns") func size() {
    #expect(regexCases.count >= 40)
  }

  @Test(arguments: regexCases) fileprivate func check(_ item: RegexCase) {
    let issues = RegexChecker.check(item.pattern)
    guard let kind = item.kind else {
      #expect(issues.isEmpty, "\(issues.map(\.message))")
      return
    }
    guard let first = issues.first else {
      Issue.record("expected \(kind.rawValue), got nothing")
      return
    }
    #expect(first.kind == kind, "\(first.message)")
    if let at = item.at {
      let bytes = Array(item.pattern.utf8)
      #expect(String(decoding: bytes[first.range.clamped(to: 0..<bytes.count)], as: UTF8.self) == at, "\(first.message)")
    }
  }

  @Test func lookaheadMessage() {
    #expect(RegexChecker.check("/api/(?=v1)").first?.message
      == "RE2 does not support lookahead `(?=` (Envoy will reject this route)")
  }

  @Test func programSizeEstimate() {
    #expect(RegexChecker.estimatedProgramSize("abc") < 10)
    #expect(RegexChecker.estimatedProgramSize("a{1000}") > 1000)
    #expect(RegexChecker.estimatedProgramSize("(a|b)*") < 15)
    #expect(RegexChecker.estimatedProgramSize("/api/.*") < 20)
    #expect(RegexChecker.estimatedProgramSize("[a-z]{40}") < RegexChecker.envoyProgramSizeLimit)
    #expect(RegexChecker.estimatedProgramSize("[a-z0-9]{40}") > RegexChecker.envoyProgramSizeLimit)
    #expect(RegexChecker.estimatedProgramSize(".{20}") > RegexChecker.envoyProgramSizeLimit)
    #expect(RegexChecker.estimatedProgramSize("[^/]+") > RegexChecker.estimatedProgramSize("[a-z]+"))
    #expect(RegexChecker.estimatedProgramSize("[]a]") == RegexChecker.estimatedProgramSize("[ab]"))
  }

  @Test func pathAnchoring() {
    let issues = RegexChecker.checkPathRegex("/api")
    #expect(issues.map(\.kind) == [.pathRegexAnchoring])
    #expect(issues.first?.help?.contains("`/api.*`") == true)
    #expect(RegexChecker.checkPathRegex("/api/.*").isEmpty)
    #expect(RegexChecker.checkPathRegex("^/api$").isEmpty)
  }

  @Test func pcreMatching() {
    #expect(PCRE2.search("^v[0-9]+$", in: "v12") == true)
    #expect(PCRE2.search("^v[0-9]+$", in: "v1x") == false)
    #expect(PCRE2.search("(", in: "x") == nil)
  }
}
