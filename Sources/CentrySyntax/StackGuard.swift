import CentryCore

/// Tells the recursive parsers (HCL, JSON, filters) when the current thread's stack is nearly used up.
///
/// The nesting bound (``maximumNestingDepth``) keeps recursion finite, and the public entry points
/// run on a stack large enough for it in any build (``Parser/parse(_:id:)`` through `DeepStack`).
/// This guard is the last line behind that: code that reaches a parser some other way, on a
/// smaller stack, stops descending with the same "nesting deeper than" diagnostic instead of
/// overflowing.
public struct StackGuard: Sendable {
  /// Addresses below this are too close to the end of the stack; 0 when unknown.
  let limit: UInt
  /// The thread's stack is `bottom ..< top`; a frame outside it is not on this stack.
  let bottom: UInt
  let top: UInt

  /// The bounds of the calling thread's stack.
  public init() {
    guard let stack = ThreadStack.current() else {
      (limit, bottom, top) = (0, 0, 0)
      return
    }
    limit = stack.bottom + min(256 * 1024, stack.size / 4)
    bottom = stack.bottom
    top = stack.top
  }

  /// Whether the caller's frame sits below the safety margin.
  @inline(never)
  public func isLow() -> Bool {
    if limit == 0 { return false }
    let address = ThreadStack.frameAddress(varying: limit)
    // Not on this thread's stack: only the nesting bound applies.
    guard address >= bottom, address < top else { return false }
    return address < limit
  }
}

/// Nesting depth from which the parsers start consulting ``StackGuard``.
public let stackCheckDepth = 48
