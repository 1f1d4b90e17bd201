import CentryCore
import CentryModel

/// `router-methods`: an unknown or repeated HTTP method in a route match.
struct RouterMethodsRule: Rule {
  static let valid = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"]

  static let description = RuleDescription(
    id: .routerMethods, severity: .error,
    summary: "A route `Methods` entry that is not an HTTP method, or is listed twice",
    rationale: """
      Consul upper-cases `Methods` and accepts `GET`, `HEAD`, `POST`, `PUT`, `PATCH`, `DELETE`, \
      `CONNECT`, `OPTIONS` and `TRACE`, each once: `Route[0] Methods contains an invalid method "FETCH"`, \
      `Route[0] Methods contains "GET" more than once` (so `get` and `GET` are the same method).
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { PathExact = "/healthz", Methods = ["get", "HEAD"] } } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { Methods = ["get", «"FETCH"», «"GET"»] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { index, _, http -> [Diagnostic] in
        var seen: [String: Located<String>] = [:]
        return http?.methods.orEmpty().compactMap { method in
          let upper = method.value.uppercased()
          guard Self.valid.contains(upper) else {
            return Self.diagnostic(
              "\(ConsulValidation.code(method.value)) is not an HTTP method", at: method.valueRange,
              help: "Consul: `Route[\(index)] Methods contains an invalid method \(ConsulValidation.quote(upper))`")
          }
          if let first = seen[upper] {
            return Self.diagnostic(
              "method `\(upper)` is listed more than once", at: method.valueRange,
              notes: [Note("first listed here", at: first.valueRange)],
              help: "Consul: `Route[\(index)] Methods contains \(ConsulValidation.quote(upper)) more than once`")
          }
          seen[upper] = method
          return nil
        } ?? []
      }
    }
  }
}

extension RuleID {
  public static let routerMethods = RuleID("router-methods")
}
