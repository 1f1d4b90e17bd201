import CentryCore

/// `type-mismatch`: a value of a type Consul cannot convert to the field's type.
public struct TypeMismatchRule: DescribedRule {
  public static let description = RuleDescription(
    id: .typeMismatch, severity: .error,
    summary: "A value of a type Consul cannot convert to the field's type",
    rationale: """
      Consul decodes with weak typing: numbers and booleans become strings, numeric and boolean \
      strings (`"5"`, `"true"`) become numbers and booleans, a single value becomes a one-element \
      list, and a one-element list or block becomes an object. Anything else fails the decode, \
      e.g. `'Splits[0].Weight' cannot parse value as 'float32'`. A non-string `Kind` fails with \
      `Kind value in payload is not a string`.
      """,
    passing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = "90" }, { Weight = 10 }]
        """),
      Example(
        .serviceDefaults, "web",
        """
        LocalRequestTimeoutMs = "30000"
        """),
    ],
    failing: [
      Example(
        .serviceSplitter, "web",
        """
        Splits = [{ Weight = «"ninety"» }, { Weight = 10 }]
        """),
      Example(
        """
        Kind = «5»
        Name = "web"
        """),
      Example(
        """
        Kind = "service-router"
        Name = «["a", "b"]»
        """),
    ])
}

extension RuleID {
  public static let typeMismatch = RuleID("type-mismatch")
}
