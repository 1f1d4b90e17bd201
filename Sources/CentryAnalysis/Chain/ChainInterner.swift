import Synchronization

/// One shared copy of each string and target the chains of one entry set build: target IDs,
/// cluster names (SNIs), resolver node keys, and the targets themselves.
///
/// Every chain that reaches a service resolves that service's targets again and builds the same
/// strings and targets; with a router routing to many services, a target was held once per chain
/// that reaches it (about a third of a 10k lint's peak heap). Interning keeps one copy: the
/// duplicate built by a later chain is freed right away. Shared by the chains compiled on every
/// core, hence the locks (each held only for one set lookup).
final class ChainInterner: Sendable {
  private let strings = Mutex<Set<String>>([])
  private let targets = Mutex<Targets>(Targets())

  /// The interned targets. A target is made from its ID's parts, the entry set and the options of
  /// the run, so nearly always one target has a given ID: looking it up by ID hashes one string
  /// instead of every field (a sixtieth of a lint's time). A target unequal to the one first
  /// interned under its ID goes to ``others``, compared field by field as before.
  private struct Targets {
    var byID: [String: ChainTarget] = [:]
    var others: Set<ChainTarget> = []
  }

  /// The copy of `string` first interned (`string` itself when it is the first).
  func string(_ string: String) -> String {
    strings.withLock { $0.insert(string).memberAfterInsert }
  }

  /// The copy of `target` first interned: an equal target sharing its fields' box.
  func target(_ target: ChainTarget) -> ChainTarget {
    targets.withLock { table in
      guard let kept = table.byID[target.id] else {
        table.byID[target.id] = target
        return target
      }
      // Equal targets have equal IDs: an equal one interned earlier is `kept` or in `others`.
      return kept == target ? kept : table.others.insert(target).memberAfterInsert
    }
  }
}
