/// Turns the compiler errors of every compiled chain into diagnostics of one rule.
enum ChainErrorReport {
  /// Errors of `kind` over all chains (services in sorted order), each (kind, range) once:
  /// several chains often meet the same broken reference.
  static func errors(_ kind: ChainErrorKind, in context: CheckContext) -> [ChainError] {
    var seen: Set<SourceRange> = []
    var result: [ChainError] = []
    for service in context.chainServices {
      guard let errors = context.chains[service]?.errors else { continue }
      // By index: each of the chain rules scans every chain's errors, and copying each error (its
      // strings and notes) only to compare its kind was a large part of their cost.
      for index in errors.indices where errors[index].kind == kind && !errors[index].reportedByValidation {
        if seen.insert(errors[index].range).inserted { result.append(errors[index]) }
      }
    }
    return result
  }

  /// The diagnostics of rule `R` for `kind`.
  static func diagnostics<R: Rule>(_ rule: R.Type, _ kind: ChainErrorKind, in context: CheckContext) -> [Diagnostic] {
    errors(kind, in: context).map { error in
      let consul = "Consul rejects the write with `\(error.message)`"
      return R.diagnostic(
        error.summary, at: error.range, notes: error.notes,
        help: error.help.map { "\($0); \(consul)" } ?? consul)
    }
  }
}
