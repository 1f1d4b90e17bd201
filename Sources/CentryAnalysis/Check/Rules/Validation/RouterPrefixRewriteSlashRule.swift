import CentryCore
import CentryModel

/// `router-prefix-rewrite-slash`: a `PrefixRewrite` whose trailing slash does not match the prefix's.
struct RouterPrefixRewriteSlashRule: Rule {
  static let description = RuleDescription(
    id: .routerPrefixRewriteSlash, severity: .warning,
    summary: "`PrefixRewrite` and `PathPrefix` disagree on a trailing `/`",
    rationale: """
      Envoy replaces exactly the matched prefix. With `PathPrefix = "/api"` and \
      `PrefixRewrite = "/"`, `/api/x` becomes `//x`; with `PathPrefix = "/api/"` and \
      `PrefixRewrite = "/v2"`, `/api/x` becomes `/v2x`. End both with `/`, or neither.
      """,
    passing: [
      Example(.serviceRouter, "web", RuleExampleEntries.adminPrefixRewrite)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathPrefix = "/api" } }, Destination { PrefixRewrite = «"/"» } },
          { Match { HTTP { PathPrefix = "/api/" } }, Destination { PrefixRewrite = «"/v2"» } },
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).compactMap { _, route, http in
        guard let prefix = ConsulValidation.nonEmpty(http?.pathPrefix),
          let rewrite = ConsulValidation.nonEmpty(route.value.destination?.value.prefixRewrite),
          prefix.value.hasSuffix("/") != rewrite.value.hasSuffix("/")
        else { return nil }
        // A request just below the prefix, and what Envoy makes of it.
        let rest = prefix.value.hasSuffix("/") ? "x" : "/x"
        let example = prefix.value + rest
        let result = rewrite.value + rest
        return Self.diagnostic(
          "`PrefixRewrite` \(ConsulValidation.code(rewrite.value)) turns \(ConsulValidation.code(example)) into \(ConsulValidation.code(result))",
          at: rewrite.valueRange,
          notes: [Note("matched prefix \(ConsulValidation.code(prefix.value))", at: prefix.valueRange)],
          help:
            "Envoy replaces exactly the matched prefix; end both `PathPrefix` and `PrefixRewrite` with `/`, or neither")
      }
    }
  }
}

extension RuleID {
  public static let routerPrefixRewriteSlash = RuleID("router-prefix-rewrite-slash")
}
