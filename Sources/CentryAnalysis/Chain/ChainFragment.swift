import CentryCore
import CentryModel
import Synchronization

/// What resolving one target does to a chain (its redirects, default subset, resolver node and
/// failover targets), recorded once per entry set and replayed into every chain that reaches it.
///
/// A router's routes and a splitter's legs reach other services' targets, so in a mesh every
/// target is resolved again by each chain that routes to its service: that repeated work was
/// about a third of a lint's time, and each chain kept its own copy of every resolver node. A
/// fragment is recorded by a
/// fresh ``ChainBuilder`` (empty node table, no chain protocol) and holds the end state of what
/// it created (nodes in creation order, targets, undefined subsets) and, in order, the calls
/// whose outcome depends on the chain (protocol records, errors reported). Replaying it gives the
/// chain exactly the state and errors the direct resolution would have, provided the chain holds
/// none of its nodes yet: every lookup of the node table made while recording then sees the same
/// nodes as in the chain. When the chain holds the fragment's resolver node already (a second
/// route to the same target, or a default subset another route names), resolving again only walks
/// the redirects and default subset to the first node the chain holds: ``hops`` replays that walk.
/// Otherwise (and for fragments that depend on the chain they were recorded for) the chain
/// resolves directly, as before.
final class ChainFragment: Sendable {
  /// The key the resolution returns (the resolver node of the final target).
  let key: String
  /// Node keys in creation order, and each node's final value.
  let keys: [String]
  let nodes: [RawNode]
  let targets: [(id: String, target: ChainTarget)]
  /// Undefined subsets by target ID; ranges at ``FragmentRecording/placeholder`` are the
  /// replaying reference.
  let undefinedSubsets: [(id: String, error: ChainError)]
  let calls: [FragmentCall]
  /// False when replaying would not give the direct result; the chain then resolves directly.
  let replayable: Bool
  /// The walk from the target to ``key``, one step per target met (the last one ``key``'s);
  /// empty when it cannot be replayed (a redirect loop).
  let hops: [FragmentHop]

  init(builder: ChainBuilder, key: String?, recording: FragmentRecording) {
    self.key = key ?? ""
    keys = builder.order
    nodes = builder.order.compactMap { builder.nodes[$0] }
    targets = builder.targets.sorted { $0.key < $1.key }.map { (id: $0.key, target: $0.value) }
    undefinedSubsets = builder.undefinedSubsets.sorted { $0.key < $1.key }.map { (id: $0.key, error: $0.value) }
    calls = recording.calls
    hops = recording.hopsComplete && recording.hops.last?.key == key ? recording.hops : []
    // A target never builds a splitter; customization comes only with overrides (no fragments).
    replayable =
      key != nil && recording.replayable && nodes.count == keys.count && builder.customizedBy.isZero
      && !builder.builtSplitter
  }
}

/// One step of the walk that resolves a target (``ChainBuilder/resolve(_:reference:forFailover:)``):
/// a target met through the redirects and default subset, whose resolver node may already be in
/// the replaying chain. The walk depends on the entries alone; what each step does depends on the
/// chain, and is done again on replay.
struct FragmentHop: Sendable {
  /// The node key of the step's target (`resolver:` and its ID).
  var key: String
  var id: String
  /// The service whose protocol the step records; `nil` for a peer target (none recorded).
  var protocolService: String?
  /// The reference the step's target was reached from (``FragmentRecording/placeholder`` first).
  var reference: SourceRange?
}

/// A call recorded in a ``ChainFragment`` whose effect depends on the replaying chain.
enum FragmentCall: Sendable {
  case recordProtocol(service: String, reference: SourceRange?)
  /// Boxed: an error is ten times the size of a protocol record, and every call of a fragment
  /// took the size of the largest case (40 MB of recorded calls at 100,000 entries).
  indirect case report(ChainError)
}

/// The state of a builder recording a fragment. A class: `chainPlace` (a computed property) marks
/// the recording as not replayable.
final class FragmentRecording {
  /// Stands for the reference the replaying chain passes in (a target fragment is recorded once
  /// for every place that refers to the target); no real range has this file.
  static let placeholder = SourceRange(file: FileID(Int(Int32.min)), start: 0, end: 0)

  var calls: [FragmentCall] = []
  var replayable = true
  /// The steps of the recorded target's own walk (not its failover targets').
  var hops: [FragmentHop] = []
  /// True once that walk ended at a new resolver node with every step kept.
  var hopsComplete = false

  /// True when either range is the placeholder: a comparison whose outcome depends on the chain.
  func involvesPlaceholder(_ first: SourceRange, _ second: SourceRange? = nil) -> Bool {
    first == FragmentRecording.placeholder || second == FragmentRecording.placeholder
  }
}

/// The fragments of one entry set, shared by the chains compiled on every core.
final class ChainFragments: Sendable {
  private let recorded = Mutex<[TargetSpec: ChainFragment]>([:])
  private let legs = Mutex<[String: [ChainSplit]]>([:])

  /// The fragment for `key`, recorded by `record` on first use. Two chains may record the same
  /// fragment at once; both records are equal, and the first one stored is kept.
  func fragment(_ key: TargetSpec, record: () -> ChainFragment) -> ChainFragment {
    if let found = recorded.withLock({ $0[key] }) { return found }
    let fragment = record()
    return recorded.withLock { table in
      if let found = table[key] { return found }
      table[key] = fragment
      return fragment
    }
  }

  /// The flattened legs of the splitter node `key` as the first chain that reached it made them,
  /// when `computed` goes to the same nodes (then the two are equal: the legs of a splitter whose
  /// legs all end at resolvers come from its entry alone); else `computed`. Every chain that
  /// routes to a service holds its splitter's legs, which were a tenth of a lint's peak memory.
  func sharedLegs(of key: String, _ computed: [ChainSplit]) -> [ChainSplit] {
    legs.withLock { table in
      guard let kept = table[key] else {
        table[key] = computed
        return computed
      }
      return kept.elementsEqual(computed) { $0.nextNode == $1.nextNode } ? kept : computed
    }
  }
}

extension ChainBuilder {
  /// ``resolve(_:reference:forFailover:)`` of a primary target through the entry set's fragment
  /// of that target.
  mutating func resolveShared(_ target: TargetSpec, reference: SourceRange?) -> String {
    guard let fragments, recording == nil, let reference else {
      return resolve(target, reference: reference, forFailover: false)
    }
    let fragment = fragments.fragment(target) {
      var recorder = fragmentRecorder()
      let key = recorder.resolve(target, reference: FragmentRecording.placeholder, forFailover: false)
      return ChainFragment(builder: recorder, key: key, recording: recorder.recording ?? FragmentRecording())
    }
    if replay(fragment, reference: reference) { return fragment.key }
    if let key = replayHops(fragment, reference: reference) { return key }
    return resolve(target, reference: reference, forFailover: false)
  }

  /// Resolves the fragment's target again in a chain that holds its resolver node already: the
  /// direct resolution walks the same steps (they depend on the entries alone) and, at each, stops
  /// at a node the chain holds (re-reporting an undefined subset from the new place) or records
  /// the step's protocol; at the last step at the latest, whose node is the fragment's. `nil`
  /// (nothing changed) when the chain does not hold that node or the walk was not kept.
  private mutating func replayHops(_ fragment: ChainFragment, reference: SourceRange?) -> String? {
    guard let last = fragment.hops.last, nodes[last.key] != nil else { return nil }
    func resolved(_ range: SourceRange?) -> SourceRange? {
      range == FragmentRecording.placeholder ? reference : range
    }
    for hop in fragment.hops.dropLast() {
      if nodes[hop.key] != nil {
        reportUndefinedSubsetAgain(hop.id, reference: resolved(hop.reference))
        return hop.key
      }
      if let service = hop.protocolService { recordProtocol(service, reference: resolved(hop.reference)) }
    }
    reportUndefinedSubsetAgain(last.id, reference: resolved(last.reference))
    return last.key
  }

  /// A builder with this one's entries and options and nothing resolved, recording.
  private func fragmentRecorder() -> ChainBuilder {
    var recorder = ChainBuilder(
      service: service, entries: entries, options: options, interner: interner, protocols: protocols)
    recorder.recording = FragmentRecording()
    return recorder
  }

  /// Applies `fragment` as if its resolution had run here, `reference` standing for the
  /// placeholder; false (nothing changed) when that would not give the same chain.
  private mutating func replay(_ fragment: ChainFragment, reference: SourceRange?) -> Bool {
    guard fragment.replayable, !fragment.keys.contains(where: { nodes[$0] != nil }) else { return false }
    func resolved(_ range: SourceRange?) -> SourceRange? {
      range == FragmentRecording.placeholder ? reference : range
    }
    func resolved(_ error: ChainError) -> ChainError {
      var error = error
      if error.range == FragmentRecording.placeholder, let reference { error.range = reference }
      return error
    }
    for call in fragment.calls {
      switch call {
      case .recordProtocol(let service, let range): recordProtocol(service, reference: resolved(range))
      case .report(let error): report(resolved(error))
      }
    }
    for (key, node) in zip(fragment.keys, fragment.nodes) {
      nodes[key] = node
      order.append(key)
    }
    for (id, target) in fragment.targets { targets[id] = target }
    for (id, error) in fragment.undefinedSubsets { undefinedSubsets[id] = resolved(error) }
    return true
  }
}
