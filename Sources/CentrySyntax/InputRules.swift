import CentryCore

/// The rules reported before parsing, about the input itself (see ``RuleRegistry``), one file
/// each in `Syntax/Rules/`.
public enum InputRules {
  public static let all: [any DescribedRule.Type] = [UnsupportedInputRule.self]

  public static let descriptions: [RuleDescription] = all.map { $0.description }
}
