/// Values the process no longer needs but does not free: the command ends right after, and the
/// kernel takes the whole heap back at once. Freeing a lint report of 10,000 entries (every entry,
/// every compiled chain, every source) one object at a time costs a few percent of the run.
enum KeptUntilExit {
  private final class Holder<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  /// Keeps `value` alive (one retained reference, never released) until the process exits.
  static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Holder(value))
  }
}
