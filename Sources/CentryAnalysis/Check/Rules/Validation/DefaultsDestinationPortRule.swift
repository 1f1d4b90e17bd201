import CentryCore
import CentryModel

/// `defaults-destination-port`: a `Destination.Port` outside 1–65535.
struct DefaultsDestinationPortRule: Rule {
  static let description = RuleDescription(
    id: .defaultsDestinationPort, severity: .error,
    summary: "A `Destination` without a `Port` in 1–65535",
    rationale: """
      A terminating-gateway destination needs a port; Consul rejects a missing, zero or \
      out-of-range one with `Invalid Port number 0`.
      """,
    passing: [
      Example(
        .serviceDefaults, "payments-api",
        """
        Destination { Addresses = ["203.0.113.10"], Port = 443 }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "payments-api",
        """
        Destination { Addresses = ["203.0.113.10"], Port = «70000» }
        """),
      Example(
        .serviceDefaults, "payments-api",
        """
        «Destination» { Addresses = ["203.0.113.10"] }
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).compactMap { _, defaults in
      guard let destination = defaults.destination else { return nil }
      let port = destination.value.port
      let value = port?.value ?? 0
      guard value < 1 || value > 65535 else { return nil }
      return Self.diagnostic(
        port == nil ? "`Destination` has no `Port`" : "`Destination.Port` \(value) is not in 1–65535",
        at: port?.valueRange ?? destination.keyOrValueRange, help: "Consul: `Invalid Port number \(value)`")
    }
  }
}

extension RuleID {
  public static let defaultsDestinationPort = RuleID("defaults-destination-port")
}
