import CentryCore
import CentryModel

/// `proxy-defaults-name`: a proxy-defaults entry named anything but `global`.
struct ProxyDefaultsNameRule: Rule {
  static let description = RuleDescription(
    id: .proxyDefaultsName, severity: .error,
    summary: "A proxy-defaults entry must be named `global`",
    rationale: """
      There is one proxy-defaults entry, named `global`. Consul's Normalize rejects any other name \
      with `invalid name ("web"), only "global" is supported` (the comparison is case-sensitive, \
      so `Global` fails too); leaving `Name` out is fine, Consul fills in `global`. Since Consul \
      never stores a misnamed entry, centry does not let its `Config.protocol` or other defaults \
      reach the discovery chain either.
      """,
    passing: [
      Example(
        .proxyDefaults, "global",
        """
        Config { protocol = "http" }
        """),
      Example(
        """
        Kind = "proxy-defaults"
        Config { protocol = "http" }
        """),
    ],
    failing: [
      Example(
        """
        Kind = "proxy-defaults"
        Name = «"web"»
        Config { protocol = "http" }
        """),
      Example(
        """
        Kind = "proxy-defaults"
        Name = «"Global"»
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.validatable(context).compactMap { entry in
      guard case .proxyDefaults(let defaults) = entry.entry, let name = defaults.name, !name.value.isEmpty,
        name.value != "global"
      else { return nil }
      return Self.diagnostic(
        "a proxy-defaults entry must be named `global`, not \(ConsulValidation.code(name.value))",
        at: name.valueRange,
        help: "Consul: `invalid name (\(GoFormat.quote(name.value))), only \"global\" is supported`",
        suggestion: Suggestion("name it `global`", replacement: "\"global\""))
    }
  }
}

extension RuleID {
  public static let proxyDefaultsName = RuleID("proxy-defaults-name")
}
