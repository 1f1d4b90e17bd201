import CentryCore
import CentryModel

/// `chain-protocol-not-l7`: a router or splitter in a chain whose protocol is not HTTP-like.
struct ChainProtocolNotL7Rule: Rule {
  /// The proxy-defaults of both `foo` examples: every service speaks HTTP unless its own
  /// service-defaults says otherwise.
  private static let httpProxyDefaults = Example.file(
    "proxy-defaults.hcl", .proxyDefaults, "global",
    """
    Config {
      protocol = "http"
    }
    """
  )

  static let description = RuleDescription(
    id: .chainProtocolNotL7, severity: .error,
    summary: "A service-router or service-splitter needs the chain protocol to be http, http2 or grpc",
    rationale: """
      Routers and splitters act on HTTP requests. When Consul compiles the discovery chain it \
      rejects the write with `discovery chain "web" uses a protocol "tcp" that does not permit \
      advanced routing or splitting behavior`. The protocol comes from the service-defaults of \
      the service (`Protocol`), else from proxy-defaults `Config.protocol`, else `tcp`; a \
      service-defaults entry without `Protocol` means `tcp` even when proxy-defaults sets one \
      (hashicorp/consul#11457). Consul runs this check last, after the whole chain is assembled.
      """,
    passing: [
      Example(files: [
        RuleExampleEntries.protocolDefaults(service: "web", protocol: "http"),
        Example.file(
          "splitter.hcl", .serviceSplitter, "web",
          """
          Splits = [
            { Weight = 100 },
          ]
          """
        ),
      ]),
      Example(files: [
        httpProxyDefaults,
        Example.file(
          "router.hcl", .serviceRouter, "foo",
          """
          Routes = [
            { Destination { RequestTimeout = "1s" } },
          ]
          """
        ),
      ]),
    ],
    failing: [
      Example(files: [
        (
          "splitter.hcl",
          """
          Kind = "service-splitter"
          Name = «"web"»
          Splits = [
            { Weight = 100 },
          ]
          """
        )
      ]),
      Example(files: [
        httpProxyDefaults,
        Example.file("defaults.hcl", .serviceDefaults, "foo"),
        (
          "router.hcl",
          """
          Kind = "service-router"
          Name = «"foo"»
          Routes = [
            { Destination { RequestTimeout = "1s" } },
          ]
          """
        ),
      ]),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ChainErrorReport.diagnostics(Self.self, .protocolNotL7, in: context)
  }
}

extension ChainProtocolNotL7Rule {
  static func text(chain: String, protocol value: String, routing: AdvancedRouting, first: ServiceProtocol?)
    -> ChainErrorText
  {
    let what: String
    switch routing {
    case .router: what = "router"
    case .splitter(let service): what = "splitter of `\(service)`"
    }
    return ChainErrorText(
      message:
        "discovery chain \(GoFormat.quote(chain)) uses a protocol \(GoFormat.quote(value)) that does not permit advanced routing or splitting behavior",
      summary: "the \(what) needs an L7 protocol, but the chain of `\(chain)` has protocol `\(value)`",
      notes: first.map { [ChainErrorReport.protocolNote($0)] } ?? [],
      help:
        "a \(what) needs protocol `http`, `http2` or `grpc`: set `Protocol` in the service-defaults of `\(first?.service ?? chain)`"
    )
  }
}

extension RuleID {
  public static let chainProtocolNotL7 = RuleID("chain-protocol-not-l7")
}
