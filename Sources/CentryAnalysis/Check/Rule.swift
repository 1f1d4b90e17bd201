import CentryCore

/// A check over the whole entry set. Per-entry rules simply iterate the set.
public protocol Rule: DescribedRule {
  /// Returns this rule's findings; it never throws and never traps on any input.
  func check(_ context: CheckContext) -> [Diagnostic]
}
