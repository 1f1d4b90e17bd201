import CentryCore
import CentryModel

/// `router-route-shadowed`: a route that an earlier, broader route always wins over.
struct RouterRouteShadowedRule: Rule {
  static let description = RuleDescription(
    id: .routerRouteShadowed, severity: .warning,
    summary: "A route that can never match because an earlier route matches every request it would",
    rationale: """
      Routes are tried in order and the first match wins. A route without `Match` (or with an \
      empty one, or `PathPrefix = "/"` alone) matches every request, so all later routes are dead; \
      likewise a route whose path condition contains a later route's (a `PathPrefix` that is a \
      prefix of its `PathExact` or `PathPrefix`), with a subset of its header and query \
      conditions and no narrower `Methods`. Consul accepts such routers.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Match { HTTP { PathPrefix = "/api/v2/" } }, Destination { Service = "api-v2" } },
          { Match { HTTP { PathPrefix = "/api/", Methods = ["GET"] } }, Destination { Service = "api-read" } },
          { Match { HTTP { PathPrefix = "/api/" } }, Destination { Service = "api" } },
        ]
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Match { HTTP { PathPrefix = "/api/" } }, Destination { Service = "api" } },
          { «Match» { HTTP { PathPrefix = "/api/v2/", Header = [{ Name = "x", Exact = "1" }] } }, Destination { Service = "api-v2" } },
        ]
        """),
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [
          { Destination { Service = "legacy" } },
          «{ Destination { Service = "other" } }»,
        ]
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router -> [Diagnostic] in
      let routes = ConsulValidation.routes(router).map { index, route, http in
        (index: index, route: route, match: RouteMatch(http))
      }
      return routes.compactMap { later in
        guard let earlier = routes.prefix(later.index).first(where: { $0.match.contains(later.match) }) else {
          return nil
        }
        let what = earlier.match.isCatchAll ? "matches every request" : "matches every request this route matches"
        return Self.diagnostic(
          "route \(later.index) is never used: route \(earlier.index) comes first and \(what)",
          at: later.route.value.match?.keyOrValueRange ?? later.route.valueRange,
          notes: [
            Note(
              "route \(earlier.index) here", at: earlier.route.value.match?.keyOrValueRange ?? earlier.route.valueRange)
          ],
          help: "routes are tried in order; move the more specific route first")
      }
    }
  }
}

/// What a route's HTTP match accepts, reduced to what containment needs.
private struct RouteMatch {
  enum Path: Equatable {
    case any
    case exact(String)
    case prefix(String)
    case regex(String)
  }

  var path: Path
  var caseInsensitive: Bool
  var headers: [ServiceRouteHTTPMatchHeader]
  var queries: [ServiceRouteHTTPMatchQueryParam]
  /// Upper-cased; empty means every method.
  var methods: Set<String>

  init(_ http: ServiceRouteHTTPMatch?) {
    let exact = ConsulValidation.nonEmpty(http?.pathExact)?.value
    let prefix = ConsulValidation.nonEmpty(http?.pathPrefix)?.value
    let regex = ConsulValidation.nonEmpty(http?.pathRegex)?.value
    // Consul rejects two path conditions (`router-path-exclusive`); read them as Envoy would.
    if let exact {
      path = .exact(exact)
    } else if let prefix {
      path = prefix == "/" ? .any : .prefix(prefix)
    } else if let regex {
      path = .regex(regex)
    } else {
      path = .any
    }
    caseInsensitive = http?.caseInsensitive?.value ?? false
    headers = http?.header.orEmpty().map(\.value) ?? []
    queries = http?.queryParam.orEmpty().map(\.value) ?? []
    methods = Set(http?.methods.orEmpty().map { $0.value.uppercased() } ?? [])
  }

  var isCatchAll: Bool { path == .any && headers.isEmpty && queries.isEmpty && methods.isEmpty }

  /// True when every request `other` matches is also matched by `self`.
  func contains(_ other: RouteMatch) -> Bool {
    pathContains(other) && headers.allSatisfy(other.headers.contains) && queries.allSatisfy(other.queries.contains)
      && (methods.isEmpty || (!other.methods.isEmpty && other.methods.isSubset(of: methods)))
  }

  private func pathContains(_ other: RouteMatch) -> Bool {
    // A case-sensitive condition never contains a case-insensitive one (`/API` matches only the latter).
    if path != .any, !caseInsensitive, other.caseInsensitive { return false }
    func fold(_ text: String) -> String { caseInsensitive ? text.lowercased() : text }
    switch (path, other.path) {
    case (.any, _):
      return true
    case (.prefix(let mine), .prefix(let theirs)), (.prefix(let mine), .exact(let theirs)):
      return fold(theirs).hasPrefix(fold(mine))
    case (.exact(let mine), .exact(let theirs)):
      return fold(mine) == fold(theirs)
    case (.regex(let mine), .regex(let theirs)):
      return mine == theirs && caseInsensitive == other.caseInsensitive
    case (.prefix, .any), (.prefix, .regex), (.exact, .any), (.exact, .prefix), (.exact, .regex), (.regex, .any),
      (.regex, .exact), (.regex, .prefix):
      return false
    }
  }
}

extension RuleID {
  public static let routerRouteShadowed = RuleID("router-route-shadowed")
}
