/// Descriptions of the rules the lexer and parser report (see ``RuleRegistry``).
public enum SyntaxRules {
  public static let descriptions: [RuleDescription] = []
}
