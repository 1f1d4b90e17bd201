#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way centry replaces a file: the new bytes go to a temporary file in the same
/// directory, which is flushed to disk (`fsync`), given the old file's mode and ownership, and
/// renamed over the target; the directory is then flushed so the rename survives a crash.
///
/// A reader sees the old file or the new one, never a mix. On any failure (disk full, permission,
/// an I/O error) the temporary file is removed and the original is untouched. A target that is a
/// symbolic link is replaced at the link's destination, so the link stays a link.
public struct AtomicWriter: Sendable {
  /// Why a file was not written: one line naming the path.
  public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The system's reason, lower case (`no space left on device`).
    public var reason: String

    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    public var description: String { "cannot write `\(path)`: \(reason)" }
  }

  /// `write(2)`: returns the bytes written or -1 with `errno` set. Replaceable so tests can make
  /// the disk fail after some bytes.
  public typealias WriteCall = @Sendable (Int32, UnsafeRawBufferPointer) -> Int

  private let writeCall: WriteCall

  /// A writer over the real system calls.
  public init() {
    writeCall = { descriptor, buffer in SystemCall.write(descriptor, buffer.baseAddress, buffer.count) }
  }

  /// A writer whose `write(2)` is `writeCall` (tests inject failures here).
  public init(writeCall: @escaping WriteCall) {
    self.writeCall = writeCall
  }

  /// Replaces (or creates) the file at `path` with `bytes`.
  public func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let target = resolvedTarget(path)
    let (directory, name) = split(target)
    var existing = stat()
    let exists = stat(target, &existing) == 0
    if exists, existing.st_mode & S_IFMT != S_IFREG {
      throw Failure(path: path, reason: "not a regular file")
    }
    var template = Array("\(directory)/.\(name).centry-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw Failure(path: path, reason: reason(errno)) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var closed = false
    func fail(_ code: Int32) -> Failure {
      if !closed { close(descriptor) }
      unlink(temporary)
      return Failure(path: path, reason: reason(code))
    }
    // mkstemp creates 0600: give the new file the old one's mode, or the umask's default.
    let mode = exists ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
    if fchmod(descriptor, mode) != 0 { throw fail(errno) }
    // Keeping the owner needs privilege when it is someone else; an unprivileged user replacing
    // a file they may write keeps the mode at least, as editors do.
    if exists, existing.st_uid != geteuid() || existing.st_gid != getegid() {
      _ = fchown(descriptor, existing.st_uid, existing.st_gid)
    }
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        writeCall(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw fail(errno)
      }
      if count == 0 { throw fail(EIO) }
      offset += count
    }
    if fsync(descriptor) != 0 { throw fail(errno) }
    closed = true
    if close(descriptor) != 0 { throw fail(errno) }
    if rename(temporary, target) != 0 { throw fail(errno) }
    syncDirectory(directory)
  }

  /// The file a write to `path` replaces: the destination of a symbolic link (relative links
  /// resolved against the link's directory), else `path`.
  private func resolvedTarget(_ path: String) -> String {
    var current = path
    for _ in 0..<32 {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      guard length > 0 else { return current }
      let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = destination.hasPrefix("/") ? destination : split(current).directory + "/" + destination
    }
    return current
  }

  private func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[path.startIndex..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }

  /// Flushes the directory entry of the rename; a failure here cannot be undone and is ignored.
  private func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  private func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  private func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
