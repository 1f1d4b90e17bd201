import CentryAnalysis
import CentryEmit

extension TrafficImpact {
  /// The traffic impact between two lint runs: the chain of every service either names, as each
  /// run compiled it (Consul's default chain where a run names no entry for the service).
  public static func compare(before: LintReport, after: LintReport) -> TrafficImpact {
    var names: [String: String] = [:]
    for name in ChainCompiler.services(in: before.entries) + ChainCompiler.services(in: after.entries) {
      names[name.lowercased()] = names[name.lowercased()] ?? name
    }
    return compare(
      names.keys.sorted().map { key in
        let service = names[key] ?? key
        return ChainPair(service: service, before: before.chain(for: service), after: after.chain(for: service))
      })
  }
}
