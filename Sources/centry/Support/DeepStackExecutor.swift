import CentryCore
import Dispatch
import Synchronization

/// The executor the commands run on: one thread with a ``DeepStack`` sized stack.
///
/// Most commands are `async` (they may talk to Consul), so Swift would run them on its
/// cooperative threads, whose stacks are smaller than the main thread's. Parsing and decoding move
/// to a deep stack by themselves (``DeepStack/run(_:)``), but the passes after them (rules,
/// rendering a deeply nested `Config` as JSON, YAML or a diff) walk the same trees; running the
/// whole command here gives all of them the stack the nesting bounds were measured for, in every
/// build. Jobs run one at a time, in the order they come.
final class DeepStackExecutor: TaskExecutor {
  private let jobs = Mutex<[UnownedJob]>([])
  private let ready = DispatchSemaphore(value: 0)

  /// The executor, or `nil` when its thread cannot be started (the commands then run on Swift's
  /// default executor, and the parsers' own hop to a deep stack still applies).
  static let shared: DeepStackExecutor? = {
    let executor = DeepStackExecutor()
    return DeepStack.startThread { executor.drain() } ? executor : nil
  }()

  private init() {}

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    jobs.withLock { $0.append(job) }
    ready.signal()
  }

  /// The thread's loop: runs each job as it comes, for the life of the process.
  private func drain() {
    while true {
      ready.wait()
      guard let job = jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}
