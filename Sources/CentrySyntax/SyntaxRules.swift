import CentryCore

/// The rules the lexer and parser report (see ``RuleRegistry``), one file each in `Syntax/Rules/`.
public enum SyntaxRules {
  public static let all: [any DescribedRule.Type] = [SyntaxRule.self]

  public static let descriptions: [RuleDescription] = all.map { $0.description }
}
