#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `read(2)`, `write(2)` and `exit(3)` by names that do not collide: the types that call them
/// (``AtomicWriter``, the command line's input loader and output) have a `read` or `write` of
/// their own, which would hide the C functions, and the C module differs by platform.
public enum SystemCall {
  /// `read(2)`: the bytes read into `buffer`, 0 at end of file, or -1 with `errno` set.
  public static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  /// `write(2)`: the bytes written from `buffer`, or -1 with `errno` set.
  public static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #else
      Darwin.write(descriptor, buffer, count)
    #endif
  }

  /// `exit(3)`: ends the process with `status`.
  public static func exit(_ status: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(status)
    #else
      Darwin.exit(status)
    #endif
  }
}
