import Testing

@testable import CentryCore
@testable import CentryEngine
@testable import CentryModel

/// Key matching: exact, case-insensitive, aliases at their own level only, unknown keys.
@Suite struct UnknownFieldTests {
  private func diagnostics(_ text: String, name: String = "entry.hcl") -> [Diagnostic] {
    modelDecode(text, name: name).result.diagnostics
  }

  @Test func misspeltPathPrefixSuggestsTheField() {
    for (spelling, suggestion) in [
      ("PathPrefx", "PathPrefix"), ("path_prefx", "path_prefix"), ("pathprefx", "PathPrefix"),
    ] {
      let found = diagnostics(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { \(spelling) = "/v2" } } }]
        """)
      #expect(found.count == 1)
      #expect(found.first?.rule == .unknownField)
      #expect(found.first?.message == "unknown field `\(spelling)` in `Routes[0].Match.HTTP`")
      #expect(found.first?.suggestion?.replacement == suggestion)
      #expect(found.first?.suggestion?.message == "did you mean `\(suggestion)`?")
      #expect(found.first?.help?.contains("`PathPrefix`") == true)
    }
  }

  @Test func fieldsMatchCaseInsensitively() {
    let decoded = modelDecode(
      """
      KIND = "x"
      kind = "service-defaults"
      NAME = "web"
      pRoToCoL = "http"
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(decoded.result.entries.first?.serviceDefaults?.protocol?.value == "http")
  }

  @Test func aliasesWorkOnlyAtTheirOwnLevel() {
    let found = diagnostics(
      """
      Kind = "service-router"
      Name = "web"
      Routes = [{ path_prefix = "/a" }]
      """)
    #expect(found.map(\.rule) == [.unknownField])
    #expect(found.first?.message == "unknown field `path_prefix` in `Routes[0]`")
  }

  @Test func onlyListedAliasesWork() {
    let found = diagnostics(
      """
      Kind = "service-defaults"
      Name = "web"
      max_request_headers_kb = 96
      """)
    #expect(found.map(\.rule) == [.unknownField])
    #expect(found.first?.suggestion?.replacement == "MaxRequestHeadersKB")
    #expect(found.first?.suggestion?.message.contains("no snake_case alias") == true)
  }

  @Test func aliasesAreCaseInsensitive() {
    let decoded = modelDecode(
      """
      Kind = "service-resolver"
      Name = "web"
      Default_Subset = "v1"
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(decoded.result.entries.first?.serviceResolver?.defaultSubset?.value == "v1")
  }

  @Test func bothSpellingsAreADuplicate() {
    let found = diagnostics(
      """
      Kind = "service-defaults"
      Name = "web"
      transparent_proxy { dialed_directly = true }
      TransparentProxy { DialedDirectly = false }
      """)
    #expect(found.map(\.rule) == [.duplicateField])
    #expect(
      found.first?.message
        == "`transparent_proxy` repeats field `TransparentProxy` already set as `TransparentProxy` in the `service-defaults` entry"
    )
  }

  @Test func namespaceAndJWTKeysGetEnterpriseNotes() {
    let found = diagnostics(
      """
      Kind = "service-router"
      Name = "web"
      Routes = [{ Match { HTTP { Namespace = "a", JWTThing = "b" } } }]
      """)
    #expect(found.count == 2)
    #expect(found.first?.notes.first?.message.contains("namespaces are a consul enterprise feature") == true)
    #expect(found.last?.notes.first?.message.contains("api-gateway jwt validation") == true)
  }

  @Test func mapKeysAreDataAndKeptVerbatim() {
    let decoded = modelDecode(
      """
      Kind = "service-resolver"
      Name = "web"
      Subsets = { V1 = { Filter = "x" }, "v_2" = {} }
      Failover = { "*" = { Datacenters = ["dc2"] } }
      Meta = { Path_Prefix = "x" }
      """)
    #expect(decoded.result.diagnostics.isEmpty)
    let resolver = decoded.result.entries.first?.serviceResolver
    #expect(resolver?.subsets?.value.keys == ["V1", "v_2"])
    #expect(resolver?.failover?.value["*"]?.value.datacenters.orEmpty().map(\.value) == ["dc2"])
    #expect(resolver?.meta?.value.keys == ["Path_Prefix"])
  }

  @Test func unsupportedKindsAreWarningsWithoutFieldChecks() {
    let decoded = modelDecode(
      """
      Kind = "ingress-gateway"
      Name = "gw"
      Listeners = [{ Port = 8080, Protocol = "http", Bogus = 1 }]
      """)
    #expect(decoded.result.diagnostics.map(\.rule) == [.unsupportedKind])
    #expect(decoded.result.diagnostics.first?.severity == .warning)
    #expect(decoded.result.entries.first?.name?.value == "gw")
    #expect(decoded.result.entries.first?.kind == .ingressGateway)
  }

  @Test func missingNameDecodesFine() {
    let decoded = modelDecode(#"Kind = "service-router""#)
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(decoded.result.entries.count == 1)
    #expect(decoded.result.entries.first?.name == nil)
  }

  @Test func emptyFileHoldsNoEntry() {
    let decoded = modelDecode("# nothing here\n")
    #expect(decoded.result.diagnostics.isEmpty)
    #expect(decoded.result.entryCount == 0)
  }

  @Test func bootstrapJSONYieldsEveryEntry() {
    let decoded = modelDecode(
      #"{"config_entries": {"bootstrap": [{"kind": "service-defaults", "name": "a"}, {"Kind": "service-router", "Name": "b", "Routez": []}]}}"#,
      name: "agent.json")
    #expect(decoded.result.entries.map(\.bootstrapIndex) == [0, 1])
    #expect(decoded.result.diagnostics.map(\.rule) == [.unknownField])
    #expect(decoded.result.entryCount == 2)
  }
}

@Suite struct FieldSuggesterTests {
  @Test func editDistanceCountsTranspositionsOnce() {
    func d(_ a: String, _ b: String) -> Int { FieldSuggester.editDistance(Array(a.utf8), Array(b.utf8)) }
    #expect(d("pathprefx", "pathprefix") == 1)
    #expect(d("ab", "ba") == 1)
    #expect(d("", "abc") == 3)
    #expect(d("kitten", "sitting") == 3)
    #expect(d("same", "same") == 0)
  }

  @Test func suggestsOnlyCloseSpellings() {
    let suggester = FieldSuggester(["PathPrefix", "path_prefix", "Methods", "MaxRequestHeadersKB"])
    #expect(suggester.best(for: "PathPrefx") == "PathPrefix")
    #expect(suggester.best(for: "path_prefx") == "path_prefix")
    #expect(suggester.best(for: "methds") == "Methods")
    #expect(suggester.best(for: "max_request_headers_kb") == "MaxRequestHeadersKB")
    #expect(suggester.best(for: "Destination") == nil)
  }
}

@Suite struct SyntaxErrorInteractionTests {
  @Test func brokenKindLineAddsNoDecodeError() {
    for text in [
      "Kind = \nName = \"web\"\n", "Kind \"service-router\"\nName = \"web\"\n",
      "Kind = \"service-router\nName = \"web\"\n",
    ] {
      let decoded = modelDecode(text)
      #expect(!decoded.syntax.isEmpty, "\(text)")
      #expect(decoded.result.diagnostics.isEmpty, "\(text): \(decoded.result.diagnostics.map(\.message))")
    }
  }

  @Test func keysWithBrokenValuesAreNotUnknownFields() {
    let decoded = modelDecode("Kind = \"service-defaults\"\nName = \"web\"\nProtocl = \n")
    #expect(!decoded.syntax.isEmpty)
    #expect(decoded.result.diagnostics.isEmpty)
  }
}
