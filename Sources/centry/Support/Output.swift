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
enum Output {
  static func stdout(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func stderr(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
  static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}

/// Ends the process with `status`.
func terminate(_ status: Int32) -> Never {
  #if canImport(Glibc)
    Glibc.exit(status)
  #else
    Darwin.exit(status)
  #endif
}
