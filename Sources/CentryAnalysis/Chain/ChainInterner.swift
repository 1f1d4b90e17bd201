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
  private let targets = Mutex<Set<ChainTarget>>([])

  /// The copy of `string` first interned (`string` itself when it is the first).
  func string(_ string: String) -> String {
    strings.withLock { $0.insert(string).memberAfterInsert }
  }

  /// The copy of `target` first interned: an equal target sharing its fields' box.
  func target(_ target: ChainTarget) -> ChainTarget {
    targets.withLock { $0.insert(target).memberAfterInsert }
  }
}
