import CentryCore
import CentryModel

/// `meta-limits`: `Meta` over Consul's size limits.
struct MetaLimitsRule: Rule {
  static let description = RuleDescription(
    id: .metaLimits, severity: .error,
    summary: "`Meta` with more than 64 pairs, a key over 128 bytes or a value over 512 bytes",
    rationale: """
      Every config entry's `Meta` is limited: at most 64 pairs \
      (`Meta exceeds maximum element count 64`), keys of at most 128 bytes \
      (`Meta key "…" exceeds maximum length 128`) and values of at most 512 bytes \
      (`Meta value for key "…" exceeds maximum length 512`), counted in UTF-8 bytes.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        Meta = { owner = "team-frontend" }
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Meta = { «\(String(repeating: "k", count: 129))» = "x" }
        """),
      Example(
        .serviceResolver, "web",
        """
        Meta = { note = «"\(String(repeating: "v", count: 513))"» }
        """),
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = 100 }]
        Meta = «{
        \((0..<65).map { "  k\($0) = \"v\"" }.joined(separator: "\n"))
        }»
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.validatable(context).flatMap { entry -> [Diagnostic] in
      guard let meta = entry.entry.meta else { return [] }
      var found: [Diagnostic] = []
      if meta.value.count > 64 {
        found.append(
          Self.diagnostic(
            "`Meta` has \(meta.value.count) pairs, more than 64", at: meta.valueRange,
            help: "Consul: `Meta exceeds maximum element count 64`"))
      }
      for pair in meta.value.entries {
        if pair.key.utf8.count > 128 {
          found.append(
            Self.diagnostic(
              "`Meta` key is \(pair.key.utf8.count) bytes long, more than 128", at: pair.keyRange,
              help: "Consul: `Meta key \(ConsulValidation.quote(pair.key)) exceeds maximum length 128`"))
        }
        if pair.value.value.utf8.count > 512 {
          found.append(
            Self.diagnostic(
              "`Meta` value of \(ConsulValidation.code(pair.key)) is \(pair.value.value.utf8.count) bytes long, more than 512",
              at: pair.value.valueRange,
              help: "Consul: `Meta value for key \(ConsulValidation.quote(pair.key)) exceeds maximum length 512`"))
        }
      }
      return found
    }
  }
}

extension RuleID {
  public static let metaLimits = RuleID("meta-limits")
}
