import CentryCore
import CentryModel

/// `defaults-expose-path`: an `Expose.Paths` element a proxy registration would reject.
struct DefaultsExposePathRule: Rule {
  static let description = RuleDescription(
    id: .defaultsExposePath, severity: .warning,
    summary:
      "An `Expose.Paths` element with no path, a bad or repeated listener port, or a protocol other than `http`/`http2`",
    rationale: """
      Consul does not validate `Expose` in service-defaults, but applies these rules when the same \
      structure is registered on a proxy: `Path` must be set (`expose.paths: empty path exposed`), \
      `ListenerPort` must be in 1–65535 and unique (`expose.paths: duplicate listener ports exposed`), \
      and `Protocol` must be `http` or `http2`.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        Expose { Paths = [{ Path = "/metrics", ListenerPort = 20200, LocalPathPort = 9102, Protocol = "http" }] }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        Expose {
          Paths = [
            «{ ListenerPort = 20200, LocalPathPort = 9102 }»,
            { Path = "/health", ListenerPort = «20200», Protocol = «"grpc"» },
            { Path = "/ready", ListenerPort = «70000» },
          ]
        }
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults -> [Diagnostic] in
      var found: [Diagnostic] = []
      var ports: [Int: Located<Int>] = [:]
      for path in defaults.expose?.value.paths.orEmpty() ?? [] {
        let value = path.value
        if !ConsulValidation.isSet(value.path) {
          found.append(
            Self.diagnostic(
              "exposed path has no `Path`", at: value.path?.valueRange ?? path.valueRange,
              help: "a proxy registration fails with `expose.paths: empty path exposed`"))
        }
        if let port = value.listenerPort {
          if !(1...65535).contains(port.value) {
            found.append(
              Self.diagnostic(
                "`ListenerPort` \(port.value) is not in 1–65535", at: port.valueRange,
                help: "a proxy registration fails with `expose.paths: invalid listener port: \(port.value)`"))
          } else if let first = ports[port.value] {
            found.append(
              Self.diagnostic(
                "`ListenerPort` \(port.value) is exposed twice", at: port.valueRange,
                notes: [Note("first exposed here", at: first.valueRange)],
                help: "a proxy registration fails with `expose.paths: duplicate listener ports exposed`"))
          } else {
            ports[port.value] = port
          }
        }
        if let proto = value.protocol, !["http", "http2"].contains(proto.value.lowercased()) {
          found.append(
            Self.diagnostic(
              "exposed path protocol \(ConsulValidation.code(proto.value)) is not `http` or `http2`",
              at: proto.valueRange))
        }
      }
      return found
    }
  }
}

extension RuleID {
  public static let defaultsExposePath = RuleID("defaults-expose-path")
}
