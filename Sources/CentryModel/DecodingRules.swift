import CentryCore

/// The rules the decoder reports (see ``RuleRegistry``), one file each in `Model/Rules/`.
///
/// The decoder reproduces `consul config write`'s decode step (spec decoding §1): what fails
/// there is an `error`; kinds centry does not model are a `warning`.
public enum DecodingRules {
  public static let all: [any DescribedRule.Type] = [
    UnknownFieldRule.self, TypeMismatchRule.self, MissingKindRule.self, UnknownKindRule.self,
    UnsupportedKindRule.self, InvalidDurationRule.self, DuplicateFieldRule.self, TooManyBlocksRule.self,
    EnterpriseOnlyRule.self, MetaNotStringRule.self, KeyChainTooLongRule.self, RepeatedKeyRule.self,
  ]

  public static let descriptions: [RuleDescription] = all.map { $0.description }

  /// The registered severity of each decoding rule, for the decoder's reports.
  static let severities: [RuleID: Severity] = Dictionary(
    uniqueKeysWithValues: descriptions.map { ($0.id, $0.severity) })

  /// The severity the decoder reports `rule` with (an undescribed ID would be a programming
  /// error that the rule tests catch; it reports as an error).
  static func severity(of rule: RuleID) -> Severity {
    severities[rule] ?? .error
  }
}
