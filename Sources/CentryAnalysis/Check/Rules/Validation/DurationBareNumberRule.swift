import CentryCore
import CentryModel

/// `duration-bare-number`: a duration written as a bare number, which Consul reads as nanoseconds.
struct DurationBareNumberRule: Rule {
  static let description = RuleDescription(
    id: .durationBareNumber, severity: .warning,
    summary: "A duration written as a bare number, which means nanoseconds",
    rationale: """
      Duration fields accept a Go duration string (`"5s"`) or a number. Consul takes a bare number \
      silently as nanoseconds: `ConnectTimeout = 5` is 5ns, not 5 seconds, and every connection \
      times out at once. Write the unit.
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        ConnectTimeout = "5s"
        RequestTimeout = 0
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        ConnectTimeout = «5»
        """),
      Example(
        """
        kind = "service-router"
        name = "web"
        routes = [{ destination { request_timeout = «30», idle_timeout = "1m" } }]
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    var durations: [(Located<GoDuration>, String)] = []
    for entry in ConsulValidation.validatable(context) {
      switch entry.entry {
      case .serviceRouter(let router):
        for route in router.routes.orEmpty() {
          guard let destination = route.value.destination?.value else { continue }
          durations += [(destination.requestTimeout, "RequestTimeout"), (destination.idleTimeout, "IdleTimeout")]
            .compactMap { field, key in field.map { ($0, key) } }
        }
      case .serviceResolver(let resolver):
        durations += [(resolver.connectTimeout, "ConnectTimeout"), (resolver.requestTimeout, "RequestTimeout")]
          .compactMap { field, key in field.map { ($0, key) } }
        for policy in resolver.loadBalancer?.value.hashPolicies.orEmpty() ?? [] {
          if let ttl = policy.value.cookieConfig?.value.ttl { durations.append((ttl, "TTL")) }
        }
      case .serviceDefaults(let defaults):
        for site in UpstreamConfigSite.all(defaults) {
          guard let check = site.config.value.passiveHealthCheck?.value else { continue }
          durations += [(check.interval, "Interval"), (check.baseEjectionTime, "BaseEjectionTime")]
            .compactMap { field, key in field.map { ($0, key) } }
        }
      case .proxyDefaults, .serviceSplitter, .unsupported:
        break
      }
    }
    return durations.compactMap { duration, key in
      guard duration.value.isBareNumber, duration.value.nanoseconds != 0 else { return nil }
      let text = duration.value.text
      return Self.diagnostic(
        "`\(key) = \(text)` is \(GoFormat.duration(duration.value.nanoseconds)): a bare number is nanoseconds",
        at: duration.valueRange, help: "write the unit, e.g. `\"\(text)s\"` for \(text) seconds",
        suggestion: Suggestion("did you mean `\"\(text)s\"`?", replacement: "\"\(text)s\""))
    }
  }
}

extension RuleID {
  public static let durationBareNumber = RuleID("duration-bare-number")
}
