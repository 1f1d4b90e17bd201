import Testing

@testable import CentryAnalysis

private let regexCases: [ExprCase] = [
  ExprCase("/api/.*"),
  ExprCase("^/api/v[0-9]+/users$"),
  ExprCase("/users/[^/]+/orders"),
  ExprCase("(?i)/API/.*"),
  ExprCase("(?P<version>v[0-9]+)/.*"),
  ExprCase("(?<version>v[0-9]+)/.*"),
  ExprCase("(?:a|b)+c?"),
  ExprCase("\\d{1,3}\\.\\d{1,3}"),
  ExprCase("[[:alpha:]]+"),
  ExprCase("\\p{Greek}+"),
  ExprCase("a*?b+?c??"),
  ExprCase("\\Qa.b\\E+"),
  ExprCase("\\Aabc\\z"),
  ExprCase("\\bword\\B"),
  ExprCase("caf\u{e9}"),
  ExprCase("\\x{1F600}"),
  ExprCase("[a-z\\d_-]+"),
  ExprCase("\\012"),
  ExprCase("(?sm)^a.b$"),
  ExprCase(""),
  // Syntax errors (PCRE2).
  ExprCase("/api/(v1", .regexSyntax, at: "1"),
  ExprCase("/api/v1)", .regexSyntax, at: ")"),
  ExprCase("[a-", .regexSyntax, at: "-"),
  ExprCase("*abc", .regexSyntax, at: "*"),
  ExprCase("a{2,1}", .regexSyntax, at: nil),
  ExprCase("\\", .regexSyntax, at: "\\"),
  ExprCase("[z-a]", .regexSyntax, at: nil),
  // RE2 does not support these.
  ExprCase("/api/(?=v1)", .regexUnsupportedRE2, at: "(?="),
  ExprCase("/api/(?!v1)", .regexUnsupportedRE2, at: "(?!"),
  ExprCase("(?<=a)b", .regexUnsupportedRE2, at: "(?<="),
  ExprCase("(?<!a)b", .regexUnsupportedRE2, at: "(?<!"),
  ExprCase("(a)\\1", .regexUnsupportedRE2, at: "\\1"),
  ExprCase("(?<n>a)\\k<n>", .regexUnsupportedRE2, at: "\\k"),
  ExprCase("(?P<n>a)(?P=n)", .regexUnsupportedRE2, at: "(?P="),
  ExprCase("(?>a+)b", .regexUnsupportedRE2, at: "(?>"),
  ExprCase("a*+b", .regexUnsupportedRE2, at: "*+"),
  ExprCase("a++b", .regexUnsupportedRE2, at: "++"),
  ExprCase("a?+b", .regexUnsupportedRE2, at: "?+"),
  ExprCase("a{2}+b", .regexUnsupportedRE2, at: "}+"),
  ExprCase("(a|(?R))", .regexUnsupportedRE2, at: "(?R"),
  ExprCase("(a)(?1)", .regexUnsupportedRE2, at: "(?1"),
  ExprCase("(?(1)a|b)", .regexUnsupportedRE2, at: "(?("),
  ExprCase("\\Gabc", .regexUnsupportedRE2, at: "\\G"),
  ExprCase("abc\\Z", .regexUnsupportedRE2, at: "\\Z"),
  ExprCase("foo\\Kbar", .regexUnsupportedRE2, at: "\\K"),
  ExprCase("\\X", .regexUnsupportedRE2, at: "\\X"),
  ExprCase("(?x) a b", .regexUnsupportedRE2, at: "(?x"),
  ExprCase("(*UTF)a", .regexUnsupportedRE2, at: "(*"),
  ExprCase("a(?#comment)b", .regexUnsupportedRE2, at: "(?#"),
  ExprCase("a{1001}", .regexUnsupportedRE2, at: "{1001}"),
  // Program size.
  ExprCase("[a-z]{50}\\.[a-z]{50}", .regexProgramSize, at: nil),
  ExprCase("(abc|def){40}", .regexProgramSize, at: nil),
  ExprCase("/users/[^/]+/orders/[^/]+/items/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+", .regexProgramSize, at: nil),
  ExprCase("\\p{Greek}{5}", .regexProgramSize, at: nil),
]

@Suite struct RegexTableTests {
  @Test("table has at least 40 patterns") func size() {
    #expect(regexCases.count >= 40)
  }

  @Test(arguments: regexCases) func check(_ item: ExprCase) {
    item.expectMatches(RegexChecker.check(item.text))
  }

  @Test func lookaheadMessage() {
    #expect(
      RegexChecker.check("/api/(?=v1)").first?.message
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
