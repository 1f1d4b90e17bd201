import CentryCore
import CentryModel

/// `defaults-protocol`: a service-defaults `Protocol` Consul does not know.
struct DefaultsProtocolRule: Rule {
  static let valid = ["", "http", "http2", "grpc", "tcp"]

  static let description = RuleDescription(
    id: .defaultsProtocol, severity: .error,
    summary: "service-defaults `Protocol` is not `tcp`, `http`, `http2` or `grpc`",
    rationale: """
      Consul lower-cases `Protocol` and accepts only `tcp`, `http`, `http2` and `grpc` (or none): \
      `invalid value for protocol: https`. (Consul before 1.20 accepted any string.)
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        Protocol = "HTTP"
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        Protocol = «"HTTPS"»
        """),
      Example(
        """
        kind = "service-defaults"
        name = "web"
        protocol = «"udp"»
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let proto = defaults.protocol else { return nil }
      let lowered = proto.value.lowercased()
      guard !Self.valid.contains(lowered) else { return nil }
      let suggestion: Suggestion? =
        switch lowered {
        case "https", "h1", "http1", "http/1.1": Suggestion("did you mean `http`?", replacement: "\"http\"")
        case "h2", "h2c", "http/2": Suggestion("did you mean `http2`?", replacement: "\"http2\"")
        default: nil
        }
      return Self.diagnostic(
        "unknown protocol \(ConsulValidation.code(proto.value)); expected `tcp`, `http`, `http2` or `grpc`",
        at: proto.valueRange, help: "Consul: `invalid value for protocol: \(lowered)`", suggestion: suggestion)
    }
  }
}

extension RuleID {
  public static let defaultsProtocol = RuleID("defaults-protocol")
}
