#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the recursive stages on a stack known to be large enough for their nesting bounds.
///
/// The parsers stop at 512 levels of nesting, and the decoder and the passes over the trees
/// recurse as deep as the tree. How much stack one level takes depends on the build (a debug
/// build with AddressSanitizer needs up to 26 KiB per level, a release build a fraction of that)
/// and the caller's thread (test runners, thread pools and cooperative executors
/// give smaller stacks than the main thread). So that the documented bound, not the thread, decides
/// where nesting stops, the entry points (parsing, decoding, ``Parallel/map(_:minimumPerChunk:_:)``,
/// the CLI's commands) run their work through ``run(_:)``: in place when the calling thread has
/// ``required`` bytes of stack left, else on a new thread with ``threadSize`` bytes, waited for.
package enum DeepStack {
  /// Stack the deepest bounded recursion needs, with room to spare. Measured in a debug build with
  /// AddressSanitizer (the stack of a thread filled with a pattern beforehand, 511 levels): JSON
  /// objects 13 MiB, JSON arrays 9 MiB, HCL objects and blocks 5 MiB, HCL lists 3 MiB, decoding
  /// or linting a `Config` nested 510 deep 5 MiB.
  package static let required: UInt = 32 << 20
  /// The stack of the threads ``run(_:)`` starts: more than ``required``, so that the entry points
  /// nested in one another (a lint parses, a parse decodes) stay on the thread. Untouched stack is
  /// only reserved address space, not memory.
  package static let threadSize = 64 << 20

  /// `body()`, run on a stack with at least ``required`` bytes left: the calling thread's when it
  /// has them, else a new thread's (the caller waits). If no thread can be started, `body` runs in
  /// place, where the parsers' `StackGuard` still stops the recursion before the stack ends.
  package static func run<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    if let left = stackLeft(), left >= required { return try body() }
    var outcome: Swift.Result<Result, Failure>?
    let started = onNewThread { outcome = Swift.Result(catching: body) }
    guard started, let outcome else { return try body() }
    return try outcome.get()
  }

  /// Bytes of stack below the caller's frame, or `nil` when unknown.
  private static func stackLeft() -> UInt? {
    #if os(Linux)
      // On a thread started here the bottom is kept with the thread: the entry points nest (each
      // file's parse inside a lint), and asking the system costs a system call each time.
      if let key = bottomKey, let bottom = pthread_getspecific(key) {
        let address = ThreadStack.frameAddress(varying: UInt(bitPattern: bottom))
        return address > UInt(bitPattern: bottom) ? address - UInt(bitPattern: bottom) : nil
      }
    #endif
    return ThreadStack.current()?.remaining()
  }

  #if os(Linux)
    /// The thread-specific slot holding the stack bottom of the threads started here.
    private static let bottomKey: pthread_key_t? = {
      var key = pthread_key_t()
      return pthread_key_create(&key, nil) == 0 ? key : nil
    }()
  #endif

  /// Starts a thread with ``threadSize`` bytes of stack that runs `work` and is never waited for
  /// (the CLI's executor); `false` when it could not be started.
  package static func startThread(_ work: @escaping @Sendable () -> Void) -> Bool {
    guard let thread = spawn(Job(work)) else { return false }
    #if os(Linux)
      pthread_detach(thread)
    #endif
    return true
  }

  /// Runs `work` on a new thread with ``threadSize`` bytes of stack and waits for it; `false` when
  /// the thread could not be started (`work` did not run).
  private static func onNewThread(_ work: () -> Void) -> Bool {
    withoutActuallyEscaping(work) { work in
      // `work` only borrows the caller's values (it does not really escape): the caller is
      // blocked here until it is done.
      guard let thread = spawn(Job(work)) else { return false }
      #if os(Linux)
        pthread_join(thread, nil)
      #endif
      return true
    }
  }

  #if os(Linux)
    /// A started thread running `job`, or `nil`.
    private static func spawn(_ job: Job) -> pthread_t? {
      var attributes = pthread_attr_t()
      guard pthread_attr_init(&attributes) == 0 else { return nil }
      defer { pthread_attr_destroy(&attributes) }
      guard pthread_attr_setstacksize(&attributes, threadSize) == 0 else { return nil }
      let context = Unmanaged.passRetained(job)
      var thread = pthread_t()
      let status = pthread_create(
        &thread, &attributes,
        { context in
          guard let context else { return nil }
          if let key = DeepStack.bottomKey, let stack = ThreadStack.current() {
            pthread_setspecific(key, UnsafeRawPointer(bitPattern: stack.bottom))
          }
          Unmanaged<Job>.fromOpaque(context).takeRetainedValue().work()
          return nil
        }, context.toOpaque())
      guard status == 0 else {
        context.release()
        return nil
      }
      return thread
    }
  #else
    /// Elsewhere no thread is started: the thread's own stack and the parsers' `StackGuard` decide.
    private static func spawn(_ job: Job) -> Int? { nil }
  #endif
}

/// The work handed to the new thread; the thread takes the retain ``DeepStack`` made for it.
private final class Job: @unchecked Sendable {
  let work: () -> Void
  init(_ work: @escaping () -> Void) { self.work = work }
}
