import CentryCore
import CentryModel
import CentrySyntax

/// What a rule sees: the decoded entries of one invocation and their sources.
///
/// The model layer fills ``entries``; cross-entry layers add what they compute (compiled chains,
/// a service catalog) as stored properties here, so rules never recompute shared work.
public struct CheckContext: Sendable {
  public var sources: SourceMap
  public var documents: [Document]
  /// What parsing and decoding reported before the checks run (rules use it to leave alone
  /// entries Consul would never get to validate).
  public var stageDiagnostics: [Diagnostic] = []
  /// Every decoded entry of the invocation.
  public var entries: EntrySet
  /// Service instances from `lint --catalog`, for rules that evaluate subset filters.
  public var catalog: ServiceCatalog?
  /// Compiled discovery chains (with the options of the run: datacenter `dc1` unless
  /// asked otherwise, Consul's write-time view), keyed by service name as first written; iterate
  /// ``chainServices`` for a deterministic order.
  public var chains: [String: ChainCompilation] = [:]
  /// The literals the expression strings were written as, kept when the syntax trees were dropped
  /// after decoding (``documents`` is then empty); `nil` when ``documents`` holds the trees.
  public var expressionLiterals: ExpressionLiterals?

  /// Every problem in the entries' filter expressions and regexes, computed once by
  /// ``Checker`` for the eight expression rules; `nil` makes each rule compute them itself.
  var expressionFindings: [ExpressionFinding]?
  /// The entries the validation rules check (``ConsulValidation/validatable(_:)``), computed once
  /// by ``Checker``; `nil` makes each rule compute them itself.
  var validatableEntries: [DecodedEntry]?
  /// ``validatableEntries`` of the four chain kinds with their values, computed once by
  /// ``Checker``; `nil` makes each rule compute them itself.
  var validatableByKind: ValidatableByKind?

  /// The keys of ``chains``, sorted.
  public var chainServices: [String] { chains.keys.sorted() }

  /// ``chains`` keyed by lower-cased service name (the keys are distinct case-insensitively:
  /// ``EntrySet/serviceNames`` keeps the first spelling of each), for rules that look up every
  /// resolver's chain: one pass over the chains instead of a scan per resolver.
  func chainsByLowercasedName() -> [String: ChainCompilation] {
    var result: [String: ChainCompilation] = [:]
    result.reserveCapacity(chains.count)
    for (service, compilation) in chains where result[service.lowercasedCheaply] == nil {
      result[service.lowercasedCheaply] = compilation
    }
    return result
  }

  public init(sources: SourceMap, documents: [Document], entries: EntrySet = EntrySet()) {
    self.sources = sources
    self.documents = documents
    self.entries = entries
  }
}
