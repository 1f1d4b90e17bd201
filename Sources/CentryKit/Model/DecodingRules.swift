/// Descriptions of the rules the decoder reports (see ``RuleRegistry``).
public enum DecodingRules {
  public static let descriptions: [RuleDescription] = []
}
