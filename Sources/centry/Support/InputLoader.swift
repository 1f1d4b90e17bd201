import CentryCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns command-line inputs into source files.
///
/// - A file is read whatever its extension (JSON is detected from content).
/// - A directory contributes every `*.hcl`, `*.json`, `*.yaml`, `*.yml` below it. Entries whose
///   name starts with `.` (`.git`, `.terraform`, editor backups) are skipped, and symbolic links to
///   directories are not followed (no cycles). Files come in the order of a depth-first walk that
///   visits each directory's entries sorted byte-wise (`d/a/x.hcl`, `d/a.hcl`, `d/b.hcl`), so the
///   order never depends on the file system.
/// - `-` is standard input, named `<stdin>`; it may be given once.
/// - A FIFO or pipe named on the command line (`<(cat a.hcl)`, which bash passes as `/dev/fd/63`,
///   `/dev/stdin`, a `mkfifo` path) is read to its end like standard input, and so is a character
///   or block device: what the user names is read, as `cat` would. Like `cat`, a FIFO no process
///   ever opens for writing waits for one.
///
/// Reading is bounded: at most ``maximumFileSize`` bytes of each input (`/dev/zero` ends with that
/// size error). While walking a directory only regular files are read: a FIFO, device or socket
/// found there is refused with its type, since nobody asked for it and a FIFO without a writer
/// would wait forever. A link loop, a file that vanished after the directory was listed or a read
/// error is one line naming the path and the system's reason.
enum InputLoader {
  static let extensions: Set<String> = ["hcl", "json", "yaml", "yml"]

  /// The largest input (file or standard input) read: far above any real config entry file
  /// (thousands of entries), low enough that parsing it stays well under a gigabyte.
  static let maximumFileSize = 32 << 20

  struct Loaded {
    var files: [SourceFile] = []
    /// One message per input that could not be read.
    var failures: [String] = []
    /// Directories given that held no input file.
    var emptyDirectories: [String] = []
  }

  static func load(_ inputs: [String]) -> Loaded {
    var loaded = Loaded()
    var readStdin = false
    var pipes = PipesRead()
    for input in inputs {
      if input == "-" {
        if readStdin {
          loaded.failures.append("standard input (`-`) can be given only once")
          continue
        }
        readStdin = true
        var status = stat()
        if fstat(STDIN_FILENO, &status) == 0, let earlier = pipes.add(status, as: "-") {
          loaded.failures.append(PipesRead.message(earlier, "-"))
          continue
        }
        do {
          loaded.files.append(try readStandardInput())
        } catch {
          loaded.failures.append("\(error)")
        }
        continue
      }
      var status = stat()
      guard stat(input, &status) == 0 else {
        loaded.failures.append("cannot read `\(input)`: \(reason(errno))")
        continue
      }
      if let earlier = pipes.add(status, as: input) {
        loaded.failures.append(PipesRead.message(earlier, input))
        continue
      }
      if status.st_mode & S_IFMT == S_IFDIR {
        let (paths, failures) = walk(input)
        loaded.failures += failures
        if paths.isEmpty, failures.isEmpty { loaded.emptyDirectories.append(input) }
        for path in paths {
          switch readFound(path) {
          case .success(let bytes): loaded.files.append(SourceFile(name: path, bytes: bytes))
          case .failure(let failure): loaded.failures.append("cannot read `\(path)`: \(failure.reason)")
          }
        }
      } else {
        switch readFile(input) {
        case .success(let bytes): loaded.files.append(SourceFile(name: input, bytes: bytes))
        case .failure(let failure): loaded.failures.append("cannot read `\(input)`: \(failure.reason)")
        }
      }
    }
    return loaded
  }

  /// Standard input, up to ``maximumFileSize`` bytes; throws ``ToolFailure`` when it is closed
  /// or cannot be read.
  static func readStandardInput() throws -> SourceFile {
    // A closed descriptor 0 (`centry lint - <&-`) is often reused by the runtime before `main`
    // (an eventfd: no file type at all), so "invalid argument" would be all `read` could say.
    var status = stat()
    if fstat(STDIN_FILENO, &status) != 0 || status.st_mode & S_IFMT == 0 {
      throw ToolFailure("cannot read standard input: it is closed")
    }
    switch readAll(STDIN_FILENO) {
    case .success(let bytes): return SourceFile(name: "<stdin>", bytes: bytes)
    case .failure(let failure): throw ToolFailure("cannot read standard input: \(failure.reason)")
    }
  }

  /// The bytes of a file the user named (an input, `--catalog`), or why not (for "cannot read
  /// `path`: …"): a regular file, or a FIFO, pipe or device read to its end (bounded by
  /// ``maximumFileSize``). A FIFO's `open` waits for a writer, as `cat`'s does; a directory or a
  /// socket is refused.
  static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
    var status = stat()
    guard stat(path, &status) == 0 else { return .failure(ReadFailure(reason: reason(errno))) }
    switch status.st_mode & S_IFMT {
    case S_IFIFO, S_IFCHR, S_IFBLK:
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return .failure(ReadFailure(reason: reason(errno))) }
      defer { close(descriptor) }
      return readAll(descriptor)
    case S_IFDIR, S_IFSOCK:
      let kind = nonRegularKind(status.st_mode) ?? "a special file"
      return .failure(ReadFailure(reason: "it is \(kind), not a file"))
    default:
      return readFound(path)
    }
  }

  /// The bytes of the regular file at `path`, found by walking a directory, or why not. Anything
  /// else there is refused with its type: nobody named it, and a FIFO could wait forever.
  static func readFound(_ path: String) -> Result<[UInt8], ReadFailure> {
    // Non-blocking, so that a file swapped for a FIFO since it was listed does not wait in `open`.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(ReadFailure(reason: reason(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(ReadFailure(reason: reason(errno))) }
    if let kind = nonRegularKind(status.st_mode) {
      return .failure(ReadFailure(reason: "it is \(kind), not a regular file (pipe it into `-` instead)"))
    }
    return readAll(descriptor, size: Int(status.st_size))
  }

  /// Why an input could not be read, in the system's words (lower case).
  struct ReadFailure: Error {
    var reason: String
  }

  /// Everything `descriptor` holds up to its end, refusing more than ``maximumFileSize`` bytes.
  /// `size` is what `fstat` says a regular file holds (0 when unknown).
  private static func readAll(_ descriptor: Int32, size: Int = 0) -> Result<[UInt8], ReadFailure> {
    var bytes: [UInt8] = []
    // One byte more than the file's size, so that the second read sees the end; a 64 KiB chunk
    // zeroed for every file of a large directory (most are a kilobyte or two) was a measurable
    // share of reading 10,000 files. A file that grows meanwhile is still read to its end.
    let chunkSize = size > 0 ? min(64 * 1024, size + 1) : 64 * 1024
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    if size > 0 { bytes.reserveCapacity(min(size, maximumFileSize + 1)) }
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        SystemCall.read(descriptor, buffer.baseAddress, buffer.count)
      }
      if count == 0 { return .success(bytes) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN {
          // Only a descriptor opened non-blocking that is not a regular file gets here (stdin
          // set non-blocking by the caller): wait for it instead of spinning.
          var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
          _ = poll(&poller, 1, -1)
          continue
        }
        return .failure(ReadFailure(reason: reason(errno)))
      }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumFileSize {
        return .failure(ReadFailure(reason: "larger than \(maximumFileSize >> 20) MiB, the most centry reads"))
      }
    }
  }

  /// What a file that is not regular is, for messages; `nil` for a regular file.
  private static func nonRegularKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a directory"
    case S_IFIFO: "a FIFO"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }

  /// Every input file below `root`, as `root/…` paths, in sorted order, and one message per
  /// directory that could not be listed and per input-named link that leads nowhere.
  static func walk(_ root: String) -> (files: [String], failures: [String]) {
    let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    var found: [[String]] = []
    var failures: [(path: String, message: String)] = []
    collect(directory: base, components: [], into: &found, failures: &failures)
    found.sort { $0.lexicographicallyPrecedes($1) { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
    failures.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    return (found.map { ([base] + $0).joined(separator: "/") }, failures.map(\.message))
  }

  private static func collect(
    directory: String, components: [String], into found: inout [[String]],
    failures: inout [(path: String, message: String)]
  ) {
    let path = ([directory] + components).joined(separator: "/")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      failures.append((path, "cannot read directory `\(path)`"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let child = path + "/" + name
      var status = stat()
      // Vanished since the listing: nothing to read.
      guard lstat(child, &status) == 0 else { continue }
      let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
      let isInputName = name.contains(".") && extensions.contains(ext)
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        collect(directory: directory, components: components + [name], into: &found, failures: &failures)
      case S_IFLNK:
        // A link to a file counts; a link to a directory is not followed (no cycles).
        var target = stat()
        guard stat(child, &target) == 0 else {
          // A loop or a dangling link named like an input is worth a line; others are noise.
          if isInputName { failures.append((child, "cannot read `\(child)`: \(reason(errno))")) }
          continue
        }
        if target.st_mode & S_IFMT != S_IFDIR, isInputName { found.append(components + [name]) }
      default:
        // Regular files, and FIFOs or devices named like inputs (refused with their type when read).
        if isInputName { found.append(components + [name]) }
      }
    }
  }
}
