import CentryCore
import CentryModel

/// `router-path-exclusive`: more than one of `PathExact`, `PathPrefix`, `PathRegex`.
struct RouterPathExclusiveRule: Rule {
  static let description = RuleDescription(
    id: .routerPathExclusive, severity: .error,
    summary: "A route match with more than one of `PathExact`, `PathPrefix` and `PathRegex`",
    rationale: """
      A route matches the path in one way only; Consul rejects a match that sets two or three of \
      them: `Route[0] should only contain at most one of PathExact, PathPrefix, or PathRegex`.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { PathRegex = "/a.*" } } }]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP {
          PathPrefix = "/a"
          «PathRegex = "/a.*"»
        } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { index, _, http -> [Diagnostic] in
        guard let http else { return [] }
        let set = [(http.pathExact, "PathExact"), (http.pathPrefix, "PathPrefix"), (http.pathRegex, "PathRegex")]
          .compactMap { field, key in ConsulValidation.nonEmpty(field).map { ($0, key) } }
          .sorted { ($0.0.range.file, $0.0.range.start) < ($1.0.range.file, $1.0.range.start) }
        guard let first = set.first, set.count > 1 else { return [] }
        return set.dropFirst().map { field, key in
          Self.diagnostic(
            "`\(key)` cannot be combined with `\(first.1)`", at: field.range,
            notes: [Note("`\(first.1)` is set here", at: first.0.range)],
            help: "Consul: `Route[\(index)] should only contain at most one of PathExact, PathPrefix, or PathRegex`")
        }
      }
    }
  }
}

extension RuleID {
  public static let routerPathExclusive = RuleID("router-path-exclusive")
}
