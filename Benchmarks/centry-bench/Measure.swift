// Clocks, memory and fingerprints shared by the parser benchmark and the suite.

import CentryCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The value of `--name N` on the command line, or `value`.
func option(_ name: String, default value: Int) -> Int {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let parsed = Int(arguments[index + 1])
  else { return value }
  return parsed
}

/// The value of `--name TEXT` on the command line, or `nil`.
func stringOption(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

/// This process's peak resident memory so far, in MB.
func peakMemoryMB() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes
  #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1024 / 1024  // bytes
  #endif
}

let clock = ContinuousClock()

func toSeconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// CPU time of this thread: unlike wall time it does not count time spent descheduled, which
/// matters on a shared machine (the wall-clock figures are printed too).
func threadCPUSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// CPU time of the whole process (every thread), for stages that may run on several cores.
func processCPUSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// The 1-minute load average (`/proc/loadavg`), or `nil` where there is none.
func loadAverage() -> Double? {
  guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
  return text.split(separator: " ").first.flatMap { Double($0) }
}

/// 64-bit FNV-1a, fed piece by piece.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func mix<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
  }

  /// Mixes `text` and a separator, so that `"ab" + "c"` and `"a" + "bc"` differ.
  mutating func mix(_ text: String) {
    mix(bytes: text.utf8)
    value ^= 0xff
    value = value &* 0x100_0000_01b3
  }

  var hex: String { String(value, radix: 16) }
}

enum DiagnosticsFingerprint {
  /// FNV-1a over every diagnostic (rule, severity, message, range, notes, help, suggestion) in
  /// output order: equal fingerprints before and after an optimisation mean the output did not
  /// change.
  static func of(_ diagnostics: [Diagnostic]) -> UInt64 {
    var hash = FNV1a()
    func mix(_ range: SourceRange?) {
      hash.mix(range.map { "\($0.file.index):\($0.start)-\($0.end)" } ?? "-")
    }
    for diagnostic in diagnostics {
      hash.mix(diagnostic.rule.rawValue)
      hash.mix("\(diagnostic.severity)")
      hash.mix(diagnostic.message)
      mix(diagnostic.range)
      for note in diagnostic.notes {
        hash.mix(note.message)
        mix(note.range)
      }
      hash.mix(diagnostic.help ?? "-")
      hash.mix(diagnostic.suggestion.map { "\($0.message)|\($0.replacement ?? "-")" } ?? "-")
    }
    return hash.value
  }
}
