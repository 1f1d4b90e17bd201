import CentryCore

/// A compile error: what Consul's compiler would reject, as typed facts, and where in the inputs
/// it comes from.
///
/// The compiler only records facts; the chain rules (`Check/Rules/Chain/`, one per
/// ``ChainErrorKind``) own the wording, Consul's and centry's.
public struct ChainError: Sendable, Hashable {
  public var problem: ChainProblem
  /// The entry field that causes the error.
  public var range: SourceRange
  /// True when Consul's per-entry validation already rejects the cause (a resolver naming one of
  /// its own undefined subsets), so the validation rule reports it and the chain rule stays quiet.
  public var reportedByValidation: Bool = false

  public init(_ problem: ChainProblem, at range: SourceRange) {
    self.problem = problem
    self.range = range
  }

  public var kind: ChainErrorKind { problem.kind }
}

/// What went wrong in a chain, with everything the wording needs (spec core-entries §7.7).
public enum ChainProblem: Sendable, Hashable {
  /// A service reached by the chain of `chain` has another protocol than the first one recorded.
  /// `reference` is where the chain reaches `target`.
  case protocolMismatch(chain: String, first: ServiceProtocol, target: ServiceProtocol, reference: SourceRange?)
  /// A router or splitter in a chain whose protocol is not `http`, `http2` or `grpc`; `first` is
  /// the service the chain protocol comes from (`nil` when no service was recorded).
  case protocolNotL7(chain: String, protocol: String, routing: AdvancedRouting, first: ServiceProtocol?)
  /// A target names a subset its service's resolver does not define.
  case subsetUndefined(service: String, subset: String, resolver: SubsetOwner)
  /// Resolver redirects that come back to a target already visited: the target IDs in order (the
  /// first one repeated at the end) and the redirects followed.
  case redirectLoop(path: [String], redirects: [SourceRange])
  /// Splitters that lead back to themselves: the node keys in order (the first one repeated at
  /// the end) and the splitters on the loop other than the one closing it.
  case splitLoop(cycle: [String], splitters: [LoopSplitter])
  /// A service with `ExternalSNI` whose resolver defines a redirect.
  case externalSNIRedirect(service: String, externalSNI: SourceRange)
  /// A service with `ExternalSNI` whose resolver defines subsets.
  case externalSNISubsets(service: String, externalSNI: SourceRange)
  /// A service with `ExternalSNI` whose resolver defines failover.
  case externalSNIFailover(service: String, externalSNI: SourceRange)

  public var kind: ChainErrorKind {
    switch self {
    case .protocolMismatch: .protocolMismatch
    case .protocolNotL7: .protocolNotL7
    case .subsetUndefined: .subsetUndefined
    case .redirectLoop: .redirectLoop
    case .splitLoop: .splitLoop
    case .externalSNIRedirect: .externalSNIRedirect
    case .externalSNISubsets: .externalSNISubsets
    case .externalSNIFailover: .externalSNIFailover
    }
  }
}

/// A service's protocol and where it comes from.
public struct ServiceProtocol: Sendable, Hashable {
  public var service: String
  /// Lower-cased; `tcp` when nothing sets it.
  public var value: String
  public var source: ProtocolSource
  /// With ``ProtocolSource/fallback``: the `protocol` of a proxy-defaults entry that does not
  /// apply because it is not named `global`, when the inputs have one.
  public var ignoredProxyDefaults: SourceRange?

  public init(service: String, value: String, source: ProtocolSource) {
    self.service = service
    self.value = value
    self.source = source
  }
}

/// What needs an L7 protocol in a chain.
public enum AdvancedRouting: Sendable, Hashable {
  /// The service-router of the chain's service.
  case router
  /// The splitter of `service` (the chain has no router).
  case splitter(service: String)
}

/// What the resolver of a service with an undefined subset says.
public enum SubsetOwner: Sendable, Hashable {
  /// The resolver defines these subsets (names as written) in its `Subsets` at `range`.
  case defines([String], at: SourceRange)
  /// The resolver (at `range`) defines no subsets.
  case definesNone(at: SourceRange)
  /// No resolver for the service in the inputs.
  case absent
}

/// A splitter on a split loop.
public struct LoopSplitter: Sendable, Hashable {
  public var service: String
  /// The splitter entry's `Name` (or `Kind`).
  public var range: SourceRange

  public init(service: String, range: SourceRange) {
    self.service = service
    self.range = range
  }
}

/// The compiler error catalogue (spec core-entries §7.7); each case is one lint rule.
public enum ChainErrorKind: Sendable, Hashable, CaseIterable {
  case protocolMismatch
  case protocolNotL7
  case subsetUndefined
  case redirectLoop
  case splitLoop
  case externalSNIRedirect
  case externalSNISubsets
  case externalSNIFailover
}
