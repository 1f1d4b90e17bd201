import CentryCore
import CentryModel

/// `defaults-upstream-passive-health-check`: negative durations or percentages above 100.
struct DefaultsUpstreamPassiveHealthCheckRule: Rule {
  static let description = RuleDescription(
    id: .defaultsUpstreamPassiveHealthCheck, severity: .error,
    summary: "An upstream `PassiveHealthCheck` with a negative duration or a percentage above 100",
    rationale: """
      Consul validates outlier detection in each upstream configuration: \
      `passive health check interval cannot be negative`, \
      `passive health check enforcing_consecutive_5xx must be a percentage between 0 and 100`, \
      `passive health check max_ejection_percent must be a percentage between 0 and 100`, \
      `passive health check base_ejection_time cannot be negative` (it reports only the first).
      """,
    passing: [
      Example(
        .serviceDefaults, "billing",
        """
        UpstreamConfig {
          Overrides = [{
            Name = "ledger"
            PassiveHealthCheck { Interval = "10s", MaxEjectionPercent = 50, EnforcingConsecutive5xx = 80 }
          }]
        }
        """)
    ],
    failing: [
      Example(
        """
        kind = "service-defaults"
        name = "billing"
        upstream_config {
          overrides = [{
            name = "ledger"
            passive_health_check {
              interval = «"-10s"»
              max_ejection_percent = «150»
              enforcing_consecutive_5xx = «101»
              base_ejection_time = «"-1s"»
            }
          }]
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      UpstreamConfigSite.all(defaults).flatMap { site -> [Diagnostic] in
        guard let check = site.config.value.passiveHealthCheck?.value else { return [] }
        var found: [Diagnostic] = []
        func negative(_ field: Located<GoDuration>?, _ key: String, _ consul: String) {
          guard let field, field.value.nanoseconds < 0 else { return }
          found.append(
            Self.diagnostic(
              "\(site.label): `\(key)` cannot be negative", at: field.valueRange,
              help: "Consul: `\(site.consulPrefix)passive health check \(consul) cannot be negative`"))
        }
        func percent(_ field: Located<UInt32>?, _ key: String, _ consul: String) {
          guard let field, field.value > 100 else { return }
          found.append(
            Self.diagnostic(
              "\(site.label): `\(key)` is a percentage, \(field.value) is above 100", at: field.valueRange,
              help:
                "Consul: `\(site.consulPrefix)passive health check \(consul) must be a percentage between 0 and 100`"))
        }
        negative(check.interval, "Interval", "interval")
        percent(check.enforcingConsecutive5xx, "EnforcingConsecutive5xx", "enforcing_consecutive_5xx")
        percent(check.maxEjectionPercent, "MaxEjectionPercent", "max_ejection_percent")
        negative(check.baseEjectionTime, "BaseEjectionTime", "base_ejection_time")
        return found
      }
    }
  }
}

extension RuleID {
  public static let defaultsUpstreamPassiveHealthCheck = RuleID("defaults-upstream-passive-health-check")
}
