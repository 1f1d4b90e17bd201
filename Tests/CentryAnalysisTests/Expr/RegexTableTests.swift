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
  // PCRE2 rejects these, RE2 (and so Envoy) accepts them.
  ExprCase("[\\d-z]"),
  ExprCase("[[=a=]]"),
  ExprCase("(?P<n>a)(?P<n>b)"),
  ExprCase("\\C"),
  // Syntax errors (PCRE2).
  ExprCase("/api/(v1", .regexSyntax, at: "1"),
  ExprCase("/api/v1)", .regexSyntax, at: ")"),
  ExprCase("[a-", .regexSyntax, at: "-"),
  ExprCase("*abc", .regexSyntax, at: "*"),
  ExprCase("a{2,1}", .regexSyntax, at: nil),
  ExprCase("\\", .regexSyntax, at: "\\"),
  ExprCase("[z-a]", .regexSyntax, at: nil),
  // PCRE2 accepts these, RE2 does not: placed at RE2's error argument.
  ExprCase("(a{100}){100}", .regexSyntax, at: "{100}"),
  ExprCase("x(?i-)a", .regexSyntax, at: "(?i-)"),
  ExprCase("\\x{110000}", .regexSyntax, at: "}"),
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

  /// RE2's own number, exact (the oracle test compares a large table).
  @Test func programSize() {
    #expect(RegexChecker.programSize("abc") == 7)
    #expect(RegexChecker.programSize("/(seg0|seg1|seg2|seg3)/x") == 13)
    #expect(RegexChecker.programSize("/v[0-9]{1,19}/[a-f0-9]{19}") == 82)
    #expect(RegexChecker.programSize("a{1000}") == 1004)
    #expect(RegexChecker.programSize("(?<v>a)") == RegexChecker.programSize("(?P<v>a)"))
    #expect(RegexChecker.programSize("(a") == nil)
  }

  @Test func programSizeWarning() {
    let issue = RegexChecker.check("/[a-z]{60}/[0-9]{40}").first
    #expect(issue?.kind == .regexProgramSize)
    #expect(issue?.message == "regex compiles to an RE2 program of size 106, above Envoy's default limit of 100")
    #expect(issue?.note?.contains("`re2.max_program_size.error_level`") == true)
    #expect(issue?.note?.contains("`re2.max_program_size.warn_level`") == true)
    // Filters run in Go, which has no such limit.
    #expect(RegexChecker.check("/[a-z]{60}/[0-9]{40}", dialect: .go).isEmpty)
  }

  @Test func goRejectsAnyByte() {
    let issues = RegexChecker.check("a\\Cb", dialect: .go)
    #expect(issues.map(\.kind) == [.regexUnsupportedRE2])
    #expect(issues.first?.range == 1..<3)
    #expect(issues.first?.message == "Go's `regexp` does not support `\\C` (any byte)")
    #expect(RegexChecker.check("\\Q\\C\\E", dialect: .go).isEmpty)
    #expect(
      RegexChecker.check("a(?=b)", dialect: .go).first?.message == "Go's `regexp` does not support lookahead `(?=`")
  }

  /// RE2's error argument can occur more than once; the error sits where RE2 stopped.
  @Test func re2OnlyErrorAtTheFailingOccurrence() {
    let issue = RegexChecker.check("(a{100}){100}").first
    #expect(issue?.range == 8..<13)
    #expect(issue?.message == "invalid regex: invalid repetition size `{100}`")
  }

  @Test func tooLargeForRE2() {
    let issues = RegexChecker.check("x\\pL{1000}")
    #expect(issues.map(\.kind) == [.regexSyntax])
    #expect(issues.first?.message == "regex is too large for RE2 to compile (above its memory budget)")
    #expect(issues.first?.range == 0..<10)
  }

  @Test func pathAnchoring() {
    let issues = RegexChecker.checkPathRegex("/api")
    #expect(issues.map(\.kind) == [.pathRegexAnchoring])
    #expect(issues.first?.help?.contains("`/api.*`") == true)
    #expect(RegexChecker.checkPathRegex("/api/.*").isEmpty)
    #expect(RegexChecker.checkPathRegex("^/api$").isEmpty)
  }

  @Test func re2Matching() {
    #expect(RE2.compile("v[0-9]+").fullMatch("v12") == true)
    #expect(RE2.compile("v[0-9]+").fullMatch("v12x") == false)
    #expect(RE2.compile("v[0-9]+").partialMatch("a v12 b") == true)
    #expect(RE2.compile("(").partialMatch("x") == nil)
    #expect(RE2.compile("(?<v>v[0-9]+)").fullMatch("v1") == true)
  }

  @Test func namedGroupsRewrittenOnlyOutsideClassesAndLiterals() {
    #expect(RE2.namedGroupsForOlderRE2("(?<n>a)") == "(?P<n>a)")
    #expect(RE2.namedGroupsForOlderRE2("(?<=a)(?<!b)") == "(?<=a)(?<!b)")
    #expect(RE2.namedGroupsForOlderRE2("[(?<n>]\\Q(?<n>\\E\\((?<n>x)") == "[(?<n>]\\Q(?<n>\\E\\((?P<n>x)")
    #expect(RE2.namedGroupsForOlderRE2("[[:alpha:](?<n>](?<m>x)") == "[[:alpha:](?<n>](?P<m>x)")
  }
}
