import CentryCore

/// Runs every registered check (``RuleRegistry/checks``) over one context.
public enum Checker {
  /// The findings of every check, rule by rule in ID order. What several rules share (the
  /// expression findings, the entries validation judges) is computed once here.
  public static func run(_ context: CheckContext) -> [Diagnostic] {
    var context = context
    context.expressionFindings = ExpressionSites.findings(context)
    let validatable = ConsulValidation.computeValidatable(context)
    context.validatableEntries = validatable
    context.validatableByKind = ValidatableByKind(validatable)
    // Rules only read the context: they run on every core, their findings joined in rule order.
    return Parallel.map(RuleRegistry.checks) { $0.check(context) }.flatMap { $0 }
  }
}
