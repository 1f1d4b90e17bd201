/// The validation rules (see RuleRegistry).
public enum ValidationRules {
  public static let all: [any Rule] = []
}
