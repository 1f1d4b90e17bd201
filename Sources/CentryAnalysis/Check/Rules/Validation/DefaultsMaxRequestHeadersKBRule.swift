import CentryCore
import CentryModel

/// `defaults-max-request-headers-kb`: a `MaxRequestHeadersKB` outside Envoy's 1–8192.
struct DefaultsMaxRequestHeadersKBRule: Rule {
  static let description = RuleDescription(
    id: .defaultsMaxRequestHeadersKB, severity: .error,
    summary: "`MaxRequestHeadersKB` outside 1–8192",
    rationale: """
      Consul passes `MaxRequestHeadersKB` to Envoy's HTTP connection manager unchecked; Envoy \
      rejects listeners whose `max_request_headers_kb` is not in 1–8192.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        MaxRequestHeadersKB = 96
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        MaxRequestHeadersKB = «10000»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let size = defaults.maxRequestHeadersKB, !(1...8192).contains(size.value) else { return nil }
      return Self.diagnostic(
        "`MaxRequestHeadersKB` \(size.value) is outside Envoy's 1–8192", at: size.valueRange,
        help: "Envoy rejects the listener configuration")
    }
  }
}

extension RuleID {
  public static let defaultsMaxRequestHeadersKB = RuleID("defaults-max-request-headers-kb")
}
