/// The expression rules (see RuleRegistry).
public enum ExpressionRules {
  public static let all: [any Rule] = []
}
