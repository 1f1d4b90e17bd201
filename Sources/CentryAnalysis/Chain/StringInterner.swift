import Synchronization

/// One shared copy of each string the chains of one entry set build: target IDs, cluster names
/// (SNIs) and resolver node keys.
///
/// Every chain that reaches a service resolves that service's targets again and builds the same
/// strings; with a router routing to many services, a target's strings were held once per chain
/// that reaches it (about a sixth of a 10k lint's peak heap). Interning keeps one copy: the
/// duplicate built by a later chain is freed right away. Shared by the chains compiled on every
/// core, hence the lock (held only for one set lookup).
final class StringInterner: Sendable {
  private let strings = Mutex<Set<String>>([])

  /// The copy of `string` first interned (`string` itself when it is the first).
  func callAsFunction(_ string: String) -> String {
    strings.withLock { $0.insert(string).memberAfterInsert }
  }
}
