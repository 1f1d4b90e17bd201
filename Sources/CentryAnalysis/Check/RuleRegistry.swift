import CentryCore
import CentryModel
import CentrySyntax

/// The one hand-kept list of every rule.
///
/// Each layer keeps its own list (so parallel work never edits the same lines); this file joins
/// them. Descriptions include rules that are reported by the parser or decoder rather than by a
/// ``Rule`` check, so that `centry rules`, SARIF and the example tests see every ID.
public enum RuleRegistry {
  /// Every runnable check, in ID order.
  public static let checks: [any Rule] = (ValidationRules.all + ExpressionRules.all + ChainRules.all)
    .sorted { type(of: $0).description.id < type(of: $1).description.id }

  /// Every rule's description (syntax and decoding ones included), sorted by ID.
  public static let descriptions: [RuleDescription] =
    (InputRules.descriptions + SyntaxRules.descriptions + DecodingRules.descriptions
    + checks.map { type(of: $0).description })
    .sorted { $0.id < $1.id }

  /// The description for `id`, if any.
  public static func description(for id: RuleID) -> RuleDescription? {
    descriptions.first { $0.id == id }
  }
}
