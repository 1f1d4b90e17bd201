import CentryCore
import CentryEngine
import Testing

/// Consul validates an entry only once it decodes; an entry with a value centry could not decode
/// is not validated either, so a dropped value never turns into a misleading follow-up error.
@Suite struct ValidationGateTests {
  static func rules(_ files: [(String, String)]) -> [RuleID] {
    Linter.lint(files.map { SourceFile(name: $0.0, text: $0.1) }).diagnostics.map(\.rule)
  }

  @Test func undecodableWeightDoesNotBreakTheSum() {
    let found = Self.rules([
      (
        "s.hcl",
        "Kind = \"service-splitter\"\nName = \"web\"\nSplits = [{ Weight = \"ninety\" }, { Weight = 10, Service = \"b\" }]\n"
      )
    ])
    // The lone splitter is also a chain error (tcp service); only the gate matters here.
    #expect(found.filter { !$0.rawValue.hasPrefix("chain-") } == [.typeMismatch])
  }

  @Test func badDurationStopsThatEntryOnly() {
    let found = Self.rules([
      ("a.hcl", "Kind = \"service-resolver\"\nName = \"a\"\nConnectTimeout = \"10\"\nDefaultSubset = \"v1\"\n"),
      ("b.hcl", "Kind = \"service-resolver\"\nName = \"b\"\nDefaultSubset = \"v1\"\n"),
    ])
    #expect(found == [.invalidDuration, .resolverDefaultSubset])
  }

  @Test func unknownFieldsDoNotStopValidation() {
    let found = Self.rules([
      ("d.hcl", "Kind = \"service-defaults\"\nName = \"web\"\nProtocl = \"http\"\nMutualTLSMode = \"optional\"\n")
    ])
    #expect(found.sorted() == [.defaultsMutualTLSMode, .unknownField])
  }

  @Test func syntaxErrorsStopValidation() {
    let found = Self.rules([
      ("r.hcl", "Kind = \"service-router\"\nName = \"web\"\nRoutes = [{ Match { HTTP { PathPrefix = \"admin\" } }\n")
    ])
    #expect(found.contains(.syntax))
    #expect(!found.contains(.routerPathSlash))
  }
}
