import CentryCore
import CentryModel

/// `resolver-subset-name`: a subset name that is not a lower-case DNS label.
struct ResolverSubsetNameRule: Rule {
  static let description = RuleDescription(
    id: .resolverSubsetName, severity: .error,
    summary: "A resolver subset name that is not a lower-case DNS label of at most 63 characters",
    rationale: """
      Subset names become part of Envoy cluster names and DNS SNI, so Consul requires a lower-case \
      DNS label: `[a-z0-9]`, with `-` inside, at most 63 characters. Otherwise: \
      `Subset "V1" is invalid: must be 63 characters or fewer, begin or end with lower case \
      alphanumeric characters, and contain lower case alphanumeric characters or '-' in between` \
      (and `Subset defined with empty name` for `""`).
      """,
    passing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { v1 = {}, "2a" = {}, "a--a" = {} }
        """)
    ],
    failing: [
      Example(
        .serviceResolver, "api",
        """
        Subsets = { «V1» = {}, «"v1.2"» = {}, «"-a"» = {}, «""» = {} }
        """),
      Example(
        """
        {"Kind": "service-resolver", "Name": "api", "Subsets": {«"v_1"»: {}, "v2": {}}}
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.resolvers(context).flatMap { _, resolver in
      resolver.subsets.orEmpty().compactMap { subset -> Diagnostic? in
        let name = subset.key
        if name.isEmpty {
          return Self.diagnostic(
            "subset name is empty", at: subset.keyRange, help: "Consul: `Subset defined with empty name`")
        }
        guard let problem = Self.problem(name) else { return nil }
        let candidate = Self.candidate(name)
        return Self.diagnostic(
          "subset name \(ConsulValidation.code(name)) \(problem.short)", at: subset.keyRange,
          help: "Consul: `Subset \(ConsulValidation.quote(name)) is invalid: \(problem.consul)`",
          suggestion: candidate.map { Suggestion("did you mean `\($0)`?") })
      }
    }
  }

  /// Why `name` is not a valid subset name, or `nil` when it is.
  static func problem(_ name: String) -> (short: String, consul: String)? {
    if name.isEmpty || name.utf8.count > 63 {
      return ("is longer than 63 bytes", "must be non-empty and 63 characters or fewer")
    }
    let bytes = Array(name.utf8)
    func alnum(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
    let ok = bytes.allSatisfy { alnum($0) || $0 == 0x2D } && alnum(bytes[0]) && alnum(bytes[bytes.count - 1])
    guard !ok else { return nil }
    return (
      "is not a lower-case DNS label (`a-z`, `0-9` and inner `-`)",
      "must be 63 characters or fewer, begin or end with lower case alphanumeric characters, and contain lower case alphanumeric characters or '-' in between"
    )
  }

  /// A valid spelling close to `name` (`V1` → `v1`, `v1.2` → `v1-2`), if one exists.
  static func candidate(_ name: String) -> String? {
    let mapped = String(
      name.lowercased().map { ch -> Character in
        ch.isASCII && (ch.isLetter || ch.isNumber) ? ch : "-"
      })
    let trimmed = String(mapped.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
    guard !trimmed.isEmpty, problem(trimmed) == nil, trimmed != name else { return nil }
    return trimmed
  }
}

extension RuleID {
  public static let resolverSubsetName = RuleID("resolver-subset-name")
}
