import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work spread over the machine's cores, with results in input order.
///
/// The pipeline's stages are independent per file (parsing, decoding), per service (chain
/// compilation) and per rule; each is a map whose output must not depend on thread timing. So the
/// input is cut into consecutive chunks, the chunks run on `DispatchQueue.concurrentPerform`, and
/// the results are joined chunk by chunk: the same output as `map`, in the same order, whatever
/// ran first.
package enum Parallel {
  /// The number of online cores (1 when unknown).
  package static let cores: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  /// `items.map(transform)`, computed on every core. Below `minimumPerChunk` items per core, or on
  /// one core, it is a plain `map`: starting threads costs more than it saves there (a single
  /// entry from stdin stays on the calling thread).
  package static func map<Item, Result>(
    _ items: [Item], minimumPerChunk: Int = 1, _ transform: (Item) -> Result
  ) -> [Result] {
    let count = items.count
    // Every part runs on a deep stack (DeepStack): the stages mapped here recurse as deep as the
    // inputs nest.
    guard cores > 1, count >= 2 * max(1, minimumPerChunk) else { return DeepStack.run { items.map(transform) } }
    // A few chunks per core, so that a core that finishes early takes another (chunks differ in
    // cost: a large router against a one-line defaults).
    let chunkCount = min(count / max(1, minimumPerChunk), cores * 8)
    let parts = Mutex<[Int: [Result]]>([:])
    withoutActuallyEscaping(transform) { transform in
      let work = UncheckedSendable(value: (items, transform))
      DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let (items, transform) = work.value
        let lower = count * chunk / chunkCount
        let upper = count * (chunk + 1) / chunkCount
        let part = DeepStack.run { items[lower..<upper].map(transform) }
        parts.withLock { $0[chunk] = part }
      }
    }
    return parts.withLock { parts in
      var result: [Result] = []
      result.reserveCapacity(count)
      for chunk in 0..<chunkCount { result += parts[chunk] ?? [] }
      return result
    }
  }
}

/// Hands values to `concurrentPerform`'s closure. The closure only reads them (the inputs are
/// immutable values and the transforms pure functions of one item), which is what makes sharing
/// them between threads sound.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  var value: Value
}
