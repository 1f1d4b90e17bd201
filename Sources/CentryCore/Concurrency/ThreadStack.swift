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

/// The calling thread's stack: where it lies, and where the caller's frame is in it.
///
/// The recursive stages (parsers, decoder, passes over trees) need to know how much stack is left:
/// ``DeepStack`` to decide whether to move to a larger thread, `StackGuard` to stop a parser
/// before it overflows.
package struct ThreadStack: Sendable {
  /// The stack is `bottom ..< top` (it grows down, towards `bottom`).
  package let bottom: UInt
  package let top: UInt

  /// The calling thread's stack, or `nil` when the system does not say.
  package static func current() -> ThreadStack? {
    #if os(Linux)
      var attributes = pthread_attr_t()
      guard getThreadAttributes(pthread_self(), &attributes) == 0 else { return nil }
      defer { pthread_attr_destroy(&attributes) }
      var address: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address, size > 0 else { return nil }
      let bottom = UInt(bitPattern: address)
      return ThreadStack(bottom: bottom, top: bottom + UInt(size))
    #elseif canImport(Darwin)
      let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
      let size = UInt(pthread_get_stacksize_np(pthread_self()))
      guard size > 0, top > size else { return nil }
      return ThreadStack(bottom: top - size, top: top)
    #else
      return nil
    #endif
  }

  /// The size of the stack in bytes.
  package var size: UInt { top - bottom }

  /// Bytes left below the caller's frame, or `nil` when the frame is not on this stack.
  @inline(never)
  package func remaining() -> UInt? {
    let address = Self.frameAddress(varying: bottom)
    guard address >= bottom, address < top else { return nil }
    return address - bottom
  }

  /// An address just below the caller's frame on the real stack. `varying` is any value the
  /// compiler cannot know (a stack bound will do).
  @inline(never)
  package static func frameAddress(varying: UInt) -> UInt {
    // A dynamically sized stack allocation: unlike an ordinary local, AddressSanitizer keeps it on
    // the real stack (ordinary locals move to its heap-allocated "fake stack", whose addresses
    // say nothing about this one). Its size depends on `varying` so that it stays dynamic.
    let capacity = Int(varying & 1) + 1
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      UInt(bitPattern: buffer.baseAddress)
    }
  }
}
