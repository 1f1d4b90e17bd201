import CentryCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process exit statuses of `spec/cli.md`; they never depend on `--format`.
enum ExitStatus {
  /// No errors (warnings alone do not fail unless `--strict`).
  static let success: Int32 = 0
  /// At least one error in the input (or a warning under `--strict`).
  static let problemsFound: Int32 = 1
  /// Bad usage, unreadable input: the tool could not do its job.
  static let toolFailure: Int32 = 2
}

/// A failure that is not the input's fault: printed as `error: …` on stderr, exit status 2.
struct ToolFailure: Error, CustomStringConvertible {
  var message: String
  init(_ message: String) { self.message = message }
  var description: String { message }
}

/// Writing to the standard streams. A report is written with one call once it is complete, so
/// stdout never holds half a report.
///
/// A reader that goes away (`centry lint … | head -1`) is not an error: `SIGPIPE` is ignored
/// (``ignoreBrokenPipe()``), and once a write fails with `EPIPE` (or any other error) the rest of
/// that stream's output is dropped quietly, so the exit status stays the one the run earned.
enum Output {
  static func stdout(_ text: String) {
    write(text, to: STDOUT_FILENO)
  }

  static func stderr(_ text: String) {
    write(text, to: STDERR_FILENO)
  }

  /// Called once at start-up, before anything is written.
  static func ignoreBrokenPipe() {
    _ = signal(SIGPIPE, SIG_IGN)
  }

  /// Streams a write failed on; written only from the main task, one report at a time.
  nonisolated(unsafe) private static var closed: Set<Int32> = []

  private static func write(_ text: String, to descriptor: Int32) {
    guard !closed.contains(descriptor) else { return }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        SystemCall.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        closed.insert(descriptor)
        return
      }
      offset += count
    }
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
  static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}

/// Ends the process with `status`.
func terminate(_ status: Int32) -> Never {
  SystemCall.exit(status)
}
