/// The chain rules (see RuleRegistry).
public enum ChainRules {
  public static let all: [any Rule] = []
}
