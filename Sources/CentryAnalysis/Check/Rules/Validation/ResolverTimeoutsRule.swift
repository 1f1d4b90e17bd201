import CentryCore
import CentryModel

/// `resolver-timeouts`: a negative `ConnectTimeout` or `RequestTimeout`.
struct ResolverTimeoutsRule: Rule {
  static let description = RuleDescription(
    id: .resolverTimeouts, severity: .error,
    summary: "A negative resolver `ConnectTimeout` or `RequestTimeout`",
    rationale: """
      Unlike route timeouts, resolver timeouts cannot be negative: \
      `Bad ConnectTimeout '-1s', must be >= 0`, `Bad RequestTimeout '-500ms', must be >= 0`. \
      Use 0 for Consul's default.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        ConnectTimeout = "3s"
        RequestTimeout = "0s"
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-resolver"
        name = "api"
        connect_timeout = «"-1s"»
        request_timeout = «"-500ms"»
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      [(resolver.connectTimeout, "ConnectTimeout"), (resolver.requestTimeout, "RequestTimeout")].compactMap {
        field, key in
        guard let field, field.value.nanoseconds < 0 else { return nil }
        return Self.diagnostic(
          "`\(key)` cannot be negative", at: field.valueRange,
          help: "Consul: `Bad \(key) '\(GoFormat.duration(field.value.nanoseconds))', must be >= 0`")
      }
    }
  }
}

extension RuleID {
  public static let resolverTimeouts = RuleID("resolver-timeouts")
}
