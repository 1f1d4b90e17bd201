/// The expression rules (see RuleRegistry).
public enum ExpressionRules {
  public static let all: [any Rule] = [
    FilterSyntaxRule(), FilterUnknownSelectorRule(), FilterOperatorTypeRule(), FilterMetaKeyRule(),
    RegexSyntaxRule(), RegexUnsupportedRE2Rule(), RegexProgramSizeRule(), PathRegexAnchoringRule(),
    SubsetSelectsNothingRule(), SubsetsOverlapRule(),
  ]
}
