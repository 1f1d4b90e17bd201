#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

#if os(Linux)
  // glibc declares it only under _GNU_SOURCE, which the Glibc module does not set.
  @_silgen_name("pthread_getattr_np")
  private func getThreadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Tells the recursive parsers (HCL, JSON, filters) when the current thread's stack is nearly used up.
///
/// The nesting bound (``maximumNestingDepth``) keeps recursion finite, but how much stack one
/// level takes depends on the build (debug frames are large) and the caller's thread (test runners
/// and thread pools use smaller stacks than the main thread). This guard makes the parsers stop
/// descending, with the same "nesting deeper than" diagnostic, before they could overflow.
public struct StackGuard: Sendable {
  /// Addresses below this are too close to the end of the stack; 0 when unknown.
  let limit: UInt
  /// The thread's stack is `bottom ..< top`; a local outside it is not on this stack.
  let bottom: UInt
  let top: UInt

  /// The bounds of the calling thread's stack.
  public init() {
    var low: UInt = 0
    var size: UInt = 0
    #if os(Linux)
      var attributes = pthread_attr_t()
      if getThreadAttributes(pthread_self(), &attributes) == 0 {
        var address: UnsafeMutableRawPointer?
        var stackSize = 0
        if pthread_attr_getstack(&attributes, &address, &stackSize) == 0, let address {
          low = UInt(bitPattern: address)
          size = UInt(stackSize)
        }
        pthread_attr_destroy(&attributes)
      }
    #elseif canImport(Darwin)
      let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
      size = UInt(pthread_get_stacksize_np(pthread_self()))
      low = top - size
    #endif
    limit = size == 0 ? 0 : low + min(256 * 1024, size / 4)
    bottom = low
    top = low + size
  }

  /// Whether the caller's frame sits below the safety margin.
  @inline(never)
  public func isLow() -> Bool {
    if limit == 0 { return false }
    // A dynamically sized stack allocation: unlike an ordinary local, AddressSanitizer keeps it on
    // the real stack (ordinary locals move to its heap-allocated "fake stack", whose addresses
    // say nothing about this one).
    let address = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(limit & 1) + 1) { buffer in
      UInt(bitPattern: buffer.baseAddress)
    }
    // Still not on this thread's stack: only the nesting bound applies.
    guard address >= bottom, address < top else { return false }
    return address < limit
  }
}

/// Nesting depth from which the parsers start consulting ``StackGuard``.
public let stackCheckDepth = 48
