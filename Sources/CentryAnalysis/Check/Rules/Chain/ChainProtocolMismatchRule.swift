import CentryCore
import CentryModel

/// `chain-protocol-mismatch`: two services of one chain have different protocols.
struct ChainProtocolMismatchRule: Rule {
  static let description = RuleDescription(
    id: .chainProtocolMismatch, severity: .error,
    summary: "Every service reached by a discovery chain must have the same protocol",
    rationale: """
      The chain protocol is the protocol of the first service Consul records (the router's \
      service, else the first resolver target); every later target must have exactly the same \
      string, so `http`, `http2` and `grpc` cannot be mixed. Consul rejects the write with \
      `discovery chain "web" uses inconsistent protocols; service "web-next" has "grpc" which is \
      not "http"`. Splitter nodes do not record their own service's protocol.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults("web.hcl", service: "web", protocol: "http"),
        RuleExampleEntries.protocolDefaults("web-next.hcl", service: "web-next", protocol: "http"),
        RuleExampleEntries.webCanarySplitter,
      ])
    ],
    failing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults("web.hcl", service: "web", protocol: "http"),
        (
          "web-next.hcl",
          """
          Kind     = "service-defaults"
          Name     = "web-next"
          Protocol = «"grpc"»
          """
        ),
        RuleExampleEntries.webCanarySplitter,
      ])
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .protocolMismatch, in: context)
  }
}

extension ChainProtocolMismatchRule {
  static func text(
    chain: String, first: ServiceProtocol, target: ServiceProtocol, reference: SourceRange?, at range: SourceRange
  ) -> ChainErrorText {
    // The chain protocol is the first recorded service's.
    let (name, value, chainProtocol) = (target.service, target.value, first.value)
    var notes = [ChainErrorReport.protocolNote(first)]
    if case .serviceDefaults(_, _, true) = target.source {} else { notes.append(ChainErrorReport.protocolNote(target)) }
    if let reference, reference != range { notes.append(Note("`\(name)` is reached from here", at: reference)) }
    return ChainErrorText(
      message:
        "discovery chain \(GoFormat.quote(chain)) uses inconsistent protocols; service \(GoFormat.quote(name)) has \(GoFormat.quote(value)) which is not \(GoFormat.quote(chainProtocol))",
      summary:
        "the chain of `\(chain)` mixes protocols: `\(name)` has `\(value)`, the chain has `\(chainProtocol)` (from `\(first.service)`)",
      notes: notes,
      help: "every service of one chain must have the same protocol; set the same `Protocol` in their service-defaults")
  }
}

extension RuleID {
  public static let chainProtocolMismatch = RuleID("chain-protocol-mismatch")
}
