import CentryCore
import CentryModel

/// `router-path-slash`: a `PathExact` or `PathPrefix` that does not start with `/`.
struct RouterPathSlashRule: Rule {
  static let description = RuleDescription(
    id: .routerPathSlash, severity: .error,
    summary: "A route `PathExact` or `PathPrefix` that does not start with `/`",
    rationale: """
      Request paths always start with `/`, and Consul rejects path matches that do not: \
      `Route[0] PathPrefix doesn't start with '/': "admin"`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { PathPrefix = "/admin/" } } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathPrefix = «"admin"» } } },
          { Match { HTTP { PathExact = «"healthz"» } } },
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { index, _, http -> [Diagnostic] in
        guard let http else { return [] }
        return [(http.pathExact, "PathExact"), (http.pathPrefix, "PathPrefix")].compactMap { field, key in
          guard let path = ConsulValidation.nonEmpty(field), !path.value.hasPrefix("/") else { return nil }
          let fixed = "/" + path.value
          return Self.diagnostic(
            "`\(key)` \(ConsulValidation.code(path.value)) does not start with `/`", at: path.valueRange,
            help: "Consul: `Route[\(index)] \(key) doesn't start with '/': \(ConsulValidation.quote(path.value))`",
            suggestion: Suggestion("did you mean `\(fixed)`?", replacement: ConsulValidation.quote(fixed)))
        }
      }
    }
  }
}

extension RuleID {
  public static let routerPathSlash = RuleID("router-path-slash")
}
