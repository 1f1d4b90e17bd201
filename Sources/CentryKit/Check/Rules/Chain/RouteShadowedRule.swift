/// `route-shadowed`: a route that can never match because an earlier route always matches first.
struct RouteShadowedRule: Rule {
  static let description = RuleDescription(
    id: "route-shadowed", severity: .warning,
    summary: "A route can never match because an earlier route matches every request it would",
    rationale: """
      Envoy tries routes in order and takes the first match. A route after one that matches \
      everything (no `Match`, or only `PathPrefix = "/"`), after a plain path prefix that covers \
      its path, or after an identical match never receives traffic. Consul does not check this.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Match { HTTP { PathPrefix = "/admin" } }, Destination { Service = "admin" } },
          { Match { HTTP { PathPrefix = "/" } }, Destination { Service = "web-next" } },
        ]
        """),
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Match { HTTP { PathPrefix = "/api", Header = [{ Name = "x-canary", Present = true }] } }, Destination { Service = "canary" } },
          { Match { HTTP { PathPrefix = "/api/v2" } }, Destination { Service = "api" } },
        ]
        """),
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Match { HTTP { PathPrefix = "/" } }, Destination { Service = "web-next" } },
          { «Match» { HTTP { PathPrefix = "/admin" } }, Destination { Service = "admin" } },
        ]
        """),
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Match { HTTP { PathPrefix = "/api" } }, Destination { Service = "api" } },
          { «Match» { HTTP { PathExact = "/api/health" } }, Destination { Service = "health" } },
          { «Match» { HTTP { PathPrefix = "/api" } }, Destination { Service = "api-next" } },
        ]
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for entry in context.entries.entries(of: .serviceRouter) {
      let routes = entry.serviceRouter?.routes.orEmpty() ?? []
      for (index, route) in routes.enumerated() {
        let match = RouteShadowedRule.httpMatch(route.value)
        for (earlierIndex, earlier) in routes.prefix(index).enumerated() {
          guard RouteShadowedRule.covers(RouteShadowedRule.httpMatch(earlier.value), match) else { continue }
          diagnostics.append(
            Self.diagnostic(
              "route \(index + 1) can never match: route \(earlierIndex + 1) matches every request it would",
              at: route.value.match?.keyOrValueRange ?? route.valueRange,
              notes: [Note("route \(earlierIndex + 1) is tried first", at: earlier.value.match?.keyOrValueRange ?? earlier.valueRange)],
              help: "move the more specific route before the more general one"))
          break
        }
      }
    }
    return diagnostics
  }

  static func httpMatch(_ route: ServiceRoute) -> ServiceRouteHTTPMatch {
    route.match?.value.http?.value ?? ServiceRouteHTTPMatch()
  }

  /// True when every request `later` matches is matched by `earlier`.
  static func covers(_ earlier: ServiceRouteHTTPMatch, _ later: ServiceRouteHTTPMatch) -> Bool {
    if earlier == later { return true }
    // Only a pure path condition is known to cover; headers, query and methods narrow it.
    guard earlier.header.orEmpty().isEmpty, earlier.queryParam.orEmpty().isEmpty, earlier.methods.orEmpty().isEmpty,
      earlier.pathExact == nil, earlier.pathRegex == nil
    else { return false }
    let prefix = earlier.pathPrefix?.value ?? "/"
    if prefix.isEmpty || prefix == "/" {
      // Envoy's paths always start with `/`.
      return true
    }
    let earlierInsensitive = earlier.caseInsensitive?.value ?? false
    let laterInsensitive = later.caseInsensitive?.value ?? false
    // A case-insensitive later route matches paths a case-sensitive earlier one does not.
    guard earlierInsensitive || !laterInsensitive else { return false }
    let path: String
    if let exact = later.pathExact?.value, !exact.isEmpty {
      path = exact
    } else if later.pathRegex != nil {
      return false
    } else {
      path = later.pathPrefix?.value ?? "/"
    }
    return earlierInsensitive ? path.lowercased().hasPrefix(prefix.lowercased()) : path.hasPrefix(prefix)
  }
}
