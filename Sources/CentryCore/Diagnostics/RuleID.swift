/// The stable kebab-case identifier of a rule (`splitter-weights-sum`): a user contract.
///
/// Every ID is spelled out once, as a static member declared in its rule's own file
/// (`extension RuleID { public static let splitterWeightsSum = RuleID("splitter-weights-sum") }`),
/// and used everywhere else by that name (`.splitterWeightsSum`). There is deliberately no
/// string-literal conversion, so a misspelt ID cannot compile. IDs are never derived from Swift
/// names: a rename must not change public behaviour.
public struct RuleID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The ID as users see it and as reports print it.
  public let rawValue: String

  /// An ID from its text: for the static member of a rule's file, or for text a user typed
  /// (`centry rules ID`).
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  /// Ordered by their text, as the registry and every report sort them.
  public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}
