import CentryCore
import CentryModel

/// `router-prefix-rewrite`: a `PrefixRewrite` on a route without `PathExact` or `PathPrefix`.
struct RouterPrefixRewriteRule: Rule {
  static let description = RuleDescription(
    id: .routerPrefixRewrite, severity: .error,
    summary: "`PrefixRewrite` on a route that matches neither `PathExact` nor `PathPrefix`",
    rationale: """
      `PrefixRewrite` replaces the matched path prefix, so the route must match one. Consul \
      rejects it on routes with no match, a regex-only match or header-only criteria: \
      `Route[0] cannot make use of PrefixRewrite without configuring either PathExact or PathPrefix`.
      """,
    passing: [
      Example(.serviceRouter, "web", RuleExampleEntries.adminPrefixRewrite)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathRegex = "/admin/.*" } }, Destination { «PrefixRewrite = "/x"» } },
          { Destination { «prefix_rewrite = "/y"» } },
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).compactMap { index, route, http in
        guard let rewrite = ConsulValidation.nonEmpty(route.value.destination?.value.prefixRewrite),
          !ConsulValidation.isSet(http?.pathExact), !ConsulValidation.isSet(http?.pathPrefix)
        else { return nil }
        return Self.diagnostic(
          "`PrefixRewrite` needs a route that matches `PathExact` or `PathPrefix`", at: rewrite.range,
          help:
            "Consul: `Route[\(index)] cannot make use of PrefixRewrite without configuring either PathExact or PathPrefix`"
        )
      }
    }
  }
}

extension RuleID {
  public static let routerPrefixRewrite = RuleID("router-prefix-rewrite")
}
