import Testing

@testable import CentryAnalysis
@testable import CentryCore

/// The small parsers and formatters behind the validation rules.
@Suite struct ValidationHelperTests {
  @Test(arguments: [
    "1.2.3.4", "2001:db8::8a2e:370:7334", "::1", "::ffff:1.2.3.4", "api.example.com", "localhost", "example.com.",
  ])
  func destinationAddressesConsulAccepts(_ address: String) {
    #expect(DefaultsDestinationAddressRule.isValid(address))
  }

  @Test(arguments: ["*external.com", "*", "..hello.", "", "a..b", String(repeating: "a", count: 64) + ".com"])
  func destinationAddressesConsulRejects(_ address: String) {
    #expect(!DefaultsDestinationAddressRule.isValid(address))
  }

  @Test(arguments: ["a", "2a", "a-a", "a--a", "01", String(repeating: "a", count: 63)])
  func validSubsetNames(_ name: String) {
    #expect(ResolverSubsetNameRule.problem(name) == nil)
  }

  @Test(arguments: ["A", "v1.2", "v_1", " a", "-a", "a-", String(repeating: "a", count: 64), "é"])
  func invalidSubsetNames(_ name: String) {
    #expect(ResolverSubsetNameRule.problem(name) != nil)
  }

  @Test func subsetNameCandidates() {
    #expect(ResolverSubsetNameRule.candidate("V1") == "v1")
    #expect(ResolverSubsetNameRule.candidate("v1.2") == "v1-2")
    #expect(ResolverSubsetNameRule.candidate("-a") == "a")
    #expect(ResolverSubsetNameRule.candidate("...") == nil)
  }

  @Test(arguments: [">= 1.20, < 1.22", "~> 1.17", "1.2.3", "= v1.0.0-beta.1", "!= 1.0+meta", ">1"])
  func versionConstraintsGoVersionAccepts(_ text: String) {
    #expect(DefaultsEnvoyExtensionRule.isConstraint(text))
  }

  @Test(arguments: [">= one", "1..2", ">=", "1.2,", "=> 1.0"])
  func versionConstraintsGoVersionRejects(_ text: String) {
    #expect(!DefaultsEnvoyExtensionRule.isConstraint(text))
  }

  @Test func goQuoteEscapesLikeGo() {
    #expect(ConsulValidation.quote("admin") == "\"admin\"")
    #expect(ConsulValidation.quote("a\"b\\c") == "\"a\\\"b\\\\c\"")
    #expect(ConsulValidation.quote("tab\there\n") == "\"tab\\there\\n\"")
    #expect(ConsulValidation.quote("\u{01}é") == "\"\\x01é\"")
  }

  /// Outputs of Go's `strconv.Quote` for runes `unicode.IsPrint` rejects or keeps.
  @Test(arguments: [
    ("\u{07}\u{08}\u{0C}\u{0B}\r", #""\a\b\f\v\r""#), ("\u{7F}", #""\x7f""#), ("\u{85}", #""\u0085""#),
    ("a\u{A0}b", #""a\u00a0b""#), ("\u{AD}", #""\u00ad""#), ("\u{200B}", #""\u200b""#),
    ("\u{2028}", #""\u2028""#), ("\u{3000}", #""\u3000""#), ("\u{F0000}", #""\U000f0000""#),
    ("日本 ü ✓ 😀", #""日本 ü ✓ 😀""#), ("e\u{301}", "\"e\u{301}\""),
  ])
  func goQuoteMatchesStrconvQuote(_ text: String, _ expected: String) {
    #expect(GoFormat.quote(text) == expected)
  }
}
