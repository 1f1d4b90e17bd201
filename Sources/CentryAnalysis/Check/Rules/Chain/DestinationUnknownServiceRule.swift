import CentryCore
import CentryModel

/// `destination-unknown-service`: a route or split sends traffic to a service that nothing in the
/// inputs (and nothing in the `--catalog`) knows.
struct DestinationUnknownServiceRule: Rule {
  static let catalog = """
    {"web": [{"Node": {"Node": "node-1"}, "Service": {"ID": "web-1", "Service": "web"}, "Checks": []}],
     "web-next": []}
    """

  static let description = RuleDescription(
    id: .destinationUnknownService, severity: .warning,
    summary: "A route or split sends traffic to a service that no entry configures and no catalog lists",
    rationale: """
      Consul never looks a route's or split's `Service` up in the catalog: a misspelt name \
      compiles into a chain whose target has no endpoints, and requests fail at runtime with 503 \
      (no healthy upstream). centry knows a service when an entry of the inputs configures it \
      (service-defaults, router, splitter or resolver) or when the `--catalog` lists instances \
      of it. Without a catalog, only names within a few edits of a known service are reported \
      (a likely typo); with a catalog, every destination that has neither an entry nor an \
      instance is reported.
      """,
    passing: [
      Example(files: [
        ("defaults.hcl", "Kind = \"service-defaults\"\nName = \"web-next\"\nProtocol = \"http\"\n"),
        RuleExampleEntries.webCanarySplitter,
      ]),
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Destination { Service = "billing" } }]
        """),
    ],
    failing: [
      Example(files: [
        ("defaults.hcl", "Kind = \"service-defaults\"\nName = \"web-next\"\nProtocol = \"http\"\n"),
        Example.file(
          "splitter.hcl", .serviceSplitter, "web",
          """
          Splits = [
            { Weight = 90 },
            { Weight = 10, Service = «"web-nxt"» },
          ]
          """
        ),
      ]),
      Example(
        """
        Kind = "service-router"
        Name = "web"
        Routes = [{ Destination { Service = «"web-next"» } }]
        """, catalog: catalog),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    let known = knownServices(context)
    // Built on the first unknown name and shared by the others, not rebuilt over every service
    // per name; a clean set never builds it.
    var suggester: FieldSuggester?
    func nearest(_ name: String) -> String? {
      let built = suggester ?? FieldSuggester(known.names)
      suggester = built
      return built.best(for: name)
    }
    var diagnostics: [Diagnostic] = []
    func report(_ service: Located<String>?, from owner: String, what: String) {
      guard let service, !service.value.isEmpty, service.value.lowercasedCheaply != owner.lowercasedCheaply,
        !known.lowered.contains(service.value.lowercasedCheaply)
      else { return }
      if let catalog = context.catalog, !catalog.services.isEmpty {
        diagnostics.append(
          Self.diagnostic(
            "\(what) sends traffic to `\(service.value)`, which no entry configures and the catalog lists no instance of",
            at: service.valueRange,
            help: "requests to it will fail with 503 (no healthy upstream); check the service name",
            suggestion: nearest(service.value).map { Suggestion("did you mean `\($0)`?", replacement: "\"\($0)\"") }))
      } else if let near = nearest(service.value) {
        diagnostics.append(
          Self.diagnostic(
            "\(what) sends traffic to `\(service.value)`, which no entry configures; `\(near)` is configured",
            at: service.valueRange,
            help: "a misspelt service name compiles, but its requests fail with 503 (no healthy upstream)",
            suggestion: Suggestion("did you mean `\(near)`?", replacement: "\"\(near)\"")))
      }
    }
    for entry in context.entries.entries(of: .serviceRouter) {
      let owner = entry.entry.effectiveName
      for (index, route) in (entry.serviceRouter?.routes.orEmpty() ?? []).enumerated() {
        report(route.value.destination?.value.service, from: owner, what: "route \(index + 1) of `\(owner)`")
      }
    }
    for entry in context.entries.entries(of: .serviceSplitter) {
      let owner = entry.entry.effectiveName
      for split in entry.serviceSplitter?.splits.orEmpty() ?? [] {
        report(split.value.service, from: owner, what: "a split of `\(owner)`")
      }
    }
    return diagnostics
  }

  /// Services some entry of the four chain kinds configures, plus services with catalog instances.
  private func knownServices(_ context: CheckContext) -> (names: [String], lowered: Set<String>) {
    var names = context.entries.serviceNames
    for (service, instances) in context.catalog?.services ?? [:] where !instances.isEmpty {
      names.append(service)
    }
    names.sort()
    return (names, Set(names.map { $0.lowercasedCheaply }))
  }
}

extension RuleID {
  public static let destinationUnknownService = RuleID("destination-unknown-service")
}
