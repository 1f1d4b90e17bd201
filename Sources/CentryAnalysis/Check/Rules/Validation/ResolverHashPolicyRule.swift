import CentryCore
import CentryModel

/// `resolver-hash-policy`: an inconsistent `LoadBalancer.HashPolicies` element.
struct ResolverHashPolicyRule: Rule {
  static let description = RuleDescription(
    id: .resolverHashPolicy, severity: .error,
    summary: "A hash policy with an unknown `Field`, a missing `FieldValue`, or settings that contradict each other",
    rationale: """
      Each hash policy hashes either the source IP or one `Field` (`header`, `cookie`, \
      `query_parameter`) named by `FieldValue`; `CookieConfig` only goes with `cookie`, and a \
      session cookie has no TTL. Consul's messages: `Bad LoadBalancer HashPolicy[0]: "path" is not \
      a supported field`, `A single hash policy cannot hash both a source address and a "header"`, \
      `A FieldValue cannot be specified when hashing SourceIP`, `Field "header" was specified \
      without a FieldValue`, `FieldValue requires a Field to apply to`, \
      `cookie_config provided for "header"`, `a session cookie cannot have an associated TTL`. \
      Consul reports the first per policy; centry reports every one.
      """,
    passing: [
      Example(
        .serviceResolver, "session-store",
        """
        LoadBalancer {
          Policy = "ring_hash"
          HashPolicies = [
            { Field = "header", FieldValue = "x-user-id", Terminal = true },
            { Field = "cookie", FieldValue = "sid", CookieConfig { TTL = "1h", Path = "/" } },
            { SourceIP = true },
          ]
        }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "session-store",
        """
        LoadBalancer {
          Policy = "maglev"
          HashPolicies = [
            { Field = «"path"», FieldValue = "x" },
            { «Field = "header"» },
            { Field = "header", FieldValue = "x", «CookieConfig» { Path = "/" } },
            { Field = "cookie", FieldValue = "sid", CookieConfig { Session = true, TTL = «"1h"» } },
            { «FieldValue = "y"» },
          ]
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.loadBalancer?.value.hashPolicies.orEmpty().enumerated().flatMap { index, element -> [Diagnostic] in
        let policy = element.value
        let prefix = "Bad LoadBalancer HashPolicy[\(index)]: "
        var found: [Diagnostic] = []
        func add(_ message: String, _ range: SourceRange, _ consul: String) {
          found.append(Self.diagnostic(message, at: range, help: "Consul: `\(prefix)\(consul)`"))
        }
        let field = ConsulValidation.nonEmpty(policy.field)
        let fieldValue = ConsulValidation.nonEmpty(policy.fieldValue)
        let sourceIP = policy.sourceIP.flatMap { $0.value ? $0 : nil }
        if let field, !["header", "cookie", "query_parameter"].contains(field.value) {
          add(
            "hash policy field \(ConsulValidation.code(field.value)) is not `header`, `cookie` or `query_parameter`",
            field.valueRange, "\(ConsulValidation.quote(field.value)) is not a supported field")
        }
        if let sourceIP, let field {
          add(
            "a hash policy cannot hash both the source IP and a \(ConsulValidation.code(field.value))",
            ConsulValidation.later(sourceIP.range, field.range),
            "A single hash policy cannot hash both a source address and a \(ConsulValidation.quote(field.value))")
        }
        if let sourceIP, let fieldValue {
          add(
            "`FieldValue` has no meaning when hashing the source IP",
            ConsulValidation.later(sourceIP.range, fieldValue.range),
            "A FieldValue cannot be specified when hashing SourceIP")
        }
        if let field, fieldValue == nil {
          add(
            "hash policy field \(ConsulValidation.code(field.value)) needs a `FieldValue` naming the \(field.value)",
            field.range, "Field \(ConsulValidation.quote(field.value)) was specified without a FieldValue")
        }
        if let fieldValue, field == nil {
          add("`FieldValue` needs a `Field` to apply to", fieldValue.range, "FieldValue requires a Field to apply to")
        }
        if let cookie = policy.cookieConfig, field?.value != "cookie" {
          add(
            "`CookieConfig` needs `Field = \"cookie\"`", cookie.keyOrValueRange,
            "cookie_config provided for \(ConsulValidation.quote(field?.value ?? ""))")
        }
        if let cookie = policy.cookieConfig?.value, cookie.session?.value == true, let ttl = cookie.ttl,
          ttl.value.nanoseconds != 0
        {
          add(
            "a session cookie cannot have a `TTL`", ttl.valueRange, "a session cookie cannot have an associated TTL")
        }
        return found
      } ?? []
    }
  }
}

extension RuleID {
  public static let resolverHashPolicy = RuleID("resolver-hash-policy")
}
