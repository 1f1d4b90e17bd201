import CentryCore
import CentryModel

/// `defaults-destination-address`: a `Destination` without addresses, or with a duplicate or
/// invalid one.
struct DefaultsDestinationAddressRule: Rule {
  static let description = RuleDescription(
    id: .defaultsDestinationAddress, severity: .error,
    summary: "A `Destination` with no address, a duplicate address or one that is neither IP nor DNS name",
    rationale: """
      A terminating-gateway destination needs at least one address \
      (`Destination must contain at least one valid address`); each must appear once \
      (`Duplicate address '…' is not allowed`) and be an IP address or a DNS name without `*` \
      (`Destination address '*.example.com' is invalid Could not validate address *.example.com as an IP or Hostname`).
      """,
    passing: [
      Example(
        .serviceDefaults, "payments-api",
        """
        Destination { Addresses = ["api.payments.example.com", "203.0.113.10", "2001:db8::1"], Port = 443 }
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "payments-api",
        """
        Destination {
          Addresses = [«"*.example.com"», "203.0.113.10", «"203.0.113.10"», «"..hello."»]
          Port = 443
        }
        """),
      Example(
        .serviceDefaults, "payments-api",
        """
        Destination { Addresses = «[]», Port = 443 }
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults -> [Diagnostic] in
      guard let destination = defaults.destination else { return [] }
      let addresses = destination.value.addresses.orEmpty()
      guard !addresses.isEmpty else {
        return [
          Self.diagnostic(
            "`Destination` has no address", at: destination.value.addresses?.valueRange ?? destination.keyOrValueRange,
            help: "Consul: `Destination must contain at least one valid address`")
        ]
      }
      var seen: [String: Located<String>] = [:]
      return addresses.compactMap { address in
        if let first = seen[address.value] {
          return Self.diagnostic(
            "address \(ConsulValidation.code(address.value)) is listed twice", at: address.valueRange,
            notes: [Note("first listed here", at: first.valueRange)],
            help: "Consul: `Duplicate address '\(address.value)' is not allowed`")
        }
        seen[address.value] = address
        guard !Self.isValid(address.value) else { return nil }
        return Self.diagnostic(
          "\(ConsulValidation.code(address.value)) is neither an IP address nor a DNS name", at: address.valueRange,
          help: address.value.contains("*")
            ? "wildcards are not allowed; Consul: `Destination address '\(address.value)' is invalid Could not validate address \(address.value) as an IP or Hostname`"
            : "Consul: `Destination address '\(address.value)' is invalid Could not validate address \(address.value) as an IP or Hostname`"
        )
      }
    }
  }

  /// An IP literal, or a DNS name (miekg/dns `IsDomainName`) without `*`.
  static func isValid(_ address: String) -> Bool {
    isIPv4(address) || isIPv6(address) || (!address.contains("*") && isDomainName(address))
  }

  static func isIPv4(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4
      && parts.allSatisfy { part in
        !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit) && (Int(part) ?? 256) <= 255
          && !(part.count > 1 && part.hasPrefix("0"))
      }
  }

  static func isIPv6(_ text: String) -> Bool {
    guard text.contains(":") else { return false }
    var body = Substring(text)
    var groupsNeeded = 8
    // An embedded IPv4 tail (`::ffff:1.2.3.4`) counts as two groups.
    if let lastColon = body.lastIndex(of: ":"), body[body.index(after: lastColon)...].contains(".") {
      guard isIPv4(String(body[body.index(after: lastColon)...])) else { return false }
      body = body[...lastColon]
      if !body.hasSuffix("::") { body = body.dropLast() }
      groupsNeeded = 6
    }
    let halves = body.split(separator: "::", omittingEmptySubsequences: false)
    guard halves.count <= 2 else { return false }
    func groups(_ half: Substring) -> [Substring]? {
      guard !half.isEmpty else { return [] }
      let parts = half.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }) else { return nil }
      return parts
    }
    guard let first = groups(halves[0]) else { return false }
    if halves.count == 2 {
      guard let second = groups(halves[1]) else { return false }
      return first.count + second.count < groupsNeeded
    }
    return first.count == groupsNeeded
  }

  /// miekg/dns `IsDomainName`: non-empty labels of at most 63 bytes, at most 255 bytes in all.
  static func isDomainName(_ text: String) -> Bool {
    guard !text.isEmpty else { return false }
    if text == "." { return true }
    let body = text.hasSuffix(".") ? String(text.dropLast()) : text
    guard body.utf8.count <= 254 else { return false }
    let labels = body.split(separator: ".", omittingEmptySubsequences: false)
    return labels.allSatisfy { !$0.isEmpty && $0.utf8.count <= 63 }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension RuleID {
  public static let defaultsDestinationAddress = RuleID("defaults-destination-address")
}
