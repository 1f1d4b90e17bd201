/// `router-header-match`: a header match without exactly one way of matching.
struct RouterHeaderMatchRule: Rule {
  static let description = RuleDescription(
    id: "router-header-match", severity: .error,
    summary: "A route header match without exactly one of `Present`, `Exact`, `Prefix`, `Suffix`, `Regex`",
    rationale: """
      Each header match tests the header in exactly one way. Consul counts `Present = true` and \
      each non-empty `Exact`, `Prefix`, `Suffix` and `Regex`, and rejects any count but one: \
      `Route[0] Header[0] should only contain one of Present, Exact, Prefix, Suffix, or Regex`. \
      `Invert` alone, or `Present = false`, counts as none.
      """,
    passing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { Header = [{ Name = "x-debug", Present = true, Invert = true }] } } }]
        """)
    ],
    failing: [
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Match { HTTP { Header = [
          { Name = "x", Exact = "1", «Prefix = "a"» },
          «{ Name = "y", Invert = true }»,
        ] } } }]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router in
      ConsulValidation.routes(router).flatMap { index, _, http -> [Diagnostic] in
        http?.header.orEmpty().enumerated().flatMap { position, header -> [Diagnostic] in
          let value = header.value
          var set: [(SourceRange, String)] = []
          if let present = value.present, present.value { set.append((present.range, "Present")) }
          for (field, key) in [(value.exact, "Exact"), (value.prefix, "Prefix"), (value.suffix, "Suffix"), (value.regex, "Regex")] {
            if let field = ConsulValidation.nonEmpty(field) { set.append((field.range, key)) }
          }
          set.sort { ($0.0.file, $0.0.start) < ($1.0.file, $1.0.start) }
          let help = "Consul: `Route[\(index)] Header[\(position)] should only contain one of Present, Exact, Prefix, Suffix, or Regex`"
          guard let first = set.first else {
            return [
              Self.diagnostic(
                "header match tests nothing: set one of `Present`, `Exact`, `Prefix`, `Suffix` or `Regex`",
                at: header.valueRange, help: help)
            ]
          }
          return set.dropFirst().map { range, key in
            Self.diagnostic(
              "header match sets both `\(first.1)` and `\(key)`", at: range,
              notes: [Note("`\(first.1)` is set here", at: first.0)], help: help)
          }
        } ?? []
      }
    }
  }
}
