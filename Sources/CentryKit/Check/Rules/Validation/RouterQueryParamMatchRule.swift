/// `router-query-param-match`: a query parameter match without exactly one way of matching.
struct RouterQueryParamMatchRule: Rule {
  static let description = RuleDescription(
    id: "router-query-param-match", severity: .error,
    summary: "A route query parameter match without exactly one of `Present`, `Exact`, `Regex`",
    rationale: """
      Each query parameter match tests the parameter in exactly one way (there is no prefix, \
      suffix or invert); Consul rejects any other count: \
      `Route[0] QueryParam[0] should only contain one of Present, Exact, or Regex`.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { QueryParam = [{ Name = "q", Regex = "a.*" }] } } }]
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { QueryParam = [
          { Name = "q", Exact = "1", «Regex = ".*"» },
          «{ Name = "r" }»,
        ] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { index, _, http -> [Diagnostic] in
        http?.queryParam.orEmpty().enumerated().flatMap { position, query -> [Diagnostic] in
          let value = query.value
          var set: [(SourceRange, String)] = []
          if let present = value.present, present.value { set.append((present.range, "Present")) }
          for (field, key) in [(value.exact, "Exact"), (value.regex, "Regex")] {
            if let field = ConsulValidation.nonEmpty(field) { set.append((field.range, key)) }
          }
          set.sort { ($0.0.file, $0.0.start) < ($1.0.file, $1.0.start) }
          let help = "Consul: `Route[\(index)] QueryParam[\(position)] should only contain one of Present, Exact, or Regex`"
          guard let first = set.first else {
            return [
              Self.diagnostic(
                "query parameter match tests nothing: set one of `Present`, `Exact` or `Regex`", at: query.valueRange,
                help: help)
            ]
          }
          return set.dropFirst().map { range, key in
            Self.diagnostic(
              "query parameter match sets both `\(first.1)` and `\(key)`", at: range,
              notes: [Note("`\(first.1)` is set here", at: first.0)], help: help)
          }
        } ?? []
      }
    }
  }
}
