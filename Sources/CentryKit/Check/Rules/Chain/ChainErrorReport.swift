/// Turns the compiler errors of every compiled chain into diagnostics of one rule.
enum ChainErrorReport {
  /// Errors of `kind` over all chains (services in sorted order), each (kind, range) once:
  /// several chains often meet the same broken reference.
  static func errors(_ kind: ChainErrorKind, in context: CheckContext) -> [ChainError] {
    var seen: Set<SourceRange> = []
    var result: [ChainError] = []
    for service in context.chainServices {
      for error in context.chains[service]?.errors ?? [] where error.kind == kind && !error.reportedByValidation {
        if seen.insert(error.range).inserted { result.append(error) }
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
