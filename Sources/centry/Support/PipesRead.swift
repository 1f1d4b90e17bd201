#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The FIFOs and pipes among one run's inputs, by device and inode.
///
/// A pipe's bytes can be read only once: naming the same one twice (`-` and `/dev/stdin`, or one
/// `mkfifo` path given twice) would lint an empty second input, so the second is refused instead.
struct PipesRead {
  private struct Key: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private var names: [Key: String] = [:]

  /// Records `status` (of the input given as `name`) when it is a FIFO or pipe; returns the name
  /// the same pipe was given as before, if it was.
  mutating func add(_ status: stat, as name: String) -> String? {
    guard status.st_mode & S_IFMT == S_IFIFO else { return nil }
    let key = Key(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    if let earlier = names[key] { return earlier }
    names[key] = name
    return nil
  }

  /// The failure line for `name`, the same pipe as `earlier`.
  static func message(_ earlier: String, _ name: String) -> String {
    "cannot read `\(name)`: it is the same pipe as `\(earlier)`, which is read already (a pipe can be read only once)"
  }
}
