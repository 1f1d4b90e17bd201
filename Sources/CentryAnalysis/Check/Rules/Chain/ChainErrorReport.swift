import CentryCore

/// Turns the compiler errors of every compiled chain into diagnostics of one rule.
///
/// The compiler records typed facts (``ChainProblem``); each chain rule's file holds its wording
/// (`static func text`), and ``ChainError/text`` picks the rule for an error.
enum ChainErrorReport {
  /// Errors of `kind` over all chains (services in sorted order), each (kind, range) once:
  /// several chains often meet the same broken reference.
  static func errors(_ kind: ChainErrorKind, in context: CheckContext) -> [ChainError] {
    var seen: Set<SourceRange> = []
    var result: [ChainError] = []
    for service in context.chainServices {
      guard let errors = context.chains[service]?.errors else { continue }
      // By index: each of the chain rules scans every chain's errors, and copying each error only
      // to compare its kind was a large part of their cost.
      for index in errors.indices where errors[index].kind == kind && !errors[index].reportedByValidation {
        if seen.insert(errors[index].range).inserted { result.append(errors[index]) }
      }
    }
    return result
  }

  /// The diagnostics of rule `R` for `kind`.
  static func diagnostics<R: Rule>(_ rule: R.Type, _ kind: ChainErrorKind, in context: CheckContext) -> [Diagnostic] {
    errors(kind, in: context).map { error in
      let text = error.text
      let consul = "Consul rejects the write with `\(text.message)`"
      return R.diagnostic(
        text.summary, at: error.range, notes: text.notes, help: text.help.map { "\($0); \(consul)" } ?? consul)
    }
  }

  /// The words of the three external-SNI rules: the resolver of `service` cannot define `what`
  /// (`consulWhat` in Consul's message) because the service sets `ExternalSNI`.
  static func externalSNIText(service: String, externalSNI: SourceRange, consulWhat: String, what: String)
    -> ChainErrorText
  {
    ChainErrorText(
      message:
        "service \(GoFormat.quote(service)) has an external SNI set; cannot define \(consulWhat) for external services",
      summary: "`\(service)` is an external service (`ExternalSNI`), so its resolver cannot define \(what)",
      notes: [Note("`\(service)` is an external service: `ExternalSNI` is set here", at: externalSNI)])
  }

  /// A note saying where a service's protocol comes from (shared by the protocol rules).
  static func protocolNote(_ service: ServiceProtocol) -> Note {
    let (name, value) = (service.service, service.value)
    switch service.source {
    case .serviceDefaults(_, let range, let written):
      if written { return Note("`\(name)` has protocol `\(value)` here", at: range) }
      return Note(
        "the service-defaults of `\(name)` sets no `Protocol`, so its protocol is `tcp` (proxy-defaults is not consulted)",
        at: range)
    case .proxyDefaults(let range):
      return Note("`\(name)` has protocol `\(value)` from proxy-defaults `Config.protocol`", at: range)
    case .fallback:
      if let ignored = service.ignoredProxyDefaults {
        return Note(
          "no service-defaults for `\(name)`, and this proxy-defaults `protocol` does not apply (Consul rejects an entry not named `global`), so its protocol is `tcp`",
          at: ignored)
      }
      return Note(
        "no service-defaults for `\(name)` and no proxy-defaults `protocol` in the inputs, so its protocol is `tcp`; if one exists, add its file to the call"
      )
    }
  }
}

/// What a chain rule says about one compiler error.
struct ChainErrorText {
  /// Consul's wording (spec core-entries §7.7), as `consul config write` would print it.
  var message: String
  /// The same in centry's words (names in backticks): the diagnostic's message.
  var summary: String
  /// The other entries involved (or what is missing from the inputs).
  var notes: [Note] = []
  var help: String?
}

extension ChainError {
  /// The words of the rule that reports this error.
  var text: ChainErrorText {
    switch problem {
    case .protocolMismatch(let chain, let first, let target, let reference):
      ChainProtocolMismatchRule.text(chain: chain, first: first, target: target, reference: reference, at: range)
    case .protocolNotL7(let chain, let value, let routing, let first):
      ChainProtocolNotL7Rule.text(chain: chain, protocol: value, routing: routing, first: first)
    case .subsetUndefined(let service, let subset, let resolver):
      ChainSubsetUndefinedRule.text(service: service, subset: subset, resolver: resolver)
    case .redirectLoop(let path, let redirects):
      ChainRedirectLoopRule.text(path: path, redirects: redirects)
    case .splitLoop(let cycle, let splitters):
      ChainSplitLoopRule.text(cycle: cycle, splitters: splitters)
    case .externalSNIRedirect(let service, let externalSNI):
      ChainExternalSNIRedirectRule.text(service: service, externalSNI: externalSNI)
    case .externalSNISubsets(let service, let externalSNI):
      ChainExternalSNISubsetsRule.text(service: service, externalSNI: externalSNI)
    case .externalSNIFailover(let service, let externalSNI):
      ChainExternalSNIFailoverRule.text(service: service, externalSNI: externalSNI)
    }
  }

  /// Consul's wording of the error, as `consul config write` would print it.
  public var message: String { text.message }
}

extension ChainErrorKind {
  /// The lint rule reporting this error.
  public var ruleID: RuleID {
    switch self {
    case .protocolMismatch: .chainProtocolMismatch
    case .protocolNotL7: .chainProtocolNotL7
    case .subsetUndefined: .chainSubsetUndefined
    case .redirectLoop: .chainRedirectLoop
    case .splitLoop: .chainSplitLoop
    case .externalSNIRedirect: .chainExternalSNIRedirect
    case .externalSNISubsets: .chainExternalSNISubsets
    case .externalSNIFailover: .chainExternalSNIFailover
    }
  }
}
