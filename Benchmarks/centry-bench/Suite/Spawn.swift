// Runs a program as a user would and measures it: wall time around the process, and its CPU
// time and peak resident memory from the kernel's accounting.

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What one run of a program cost.
struct ProcessRun {
  var wall: Double
  /// User plus system CPU seconds.
  var cpu: Double
  /// Peak resident memory (`ru_maxrss`), in MB.
  var peakMB: Double
  var status: Int32
  /// FNV-1a of everything the program wrote on stdout, and its size.
  var stdoutHash: String
  var stdoutBytes: Int
  /// The 1-minute load average just before the run.
  var load: Double?
}

enum Spawn {
  /// GNU time, when installed. The kernel counts a child's peak resident memory from the memory
  /// of the process it was forked from (`exec` keeps the old image's high-water mark), so the
  /// memory figure is only the program's own when a small process starts it; GNU time is one.
  static let gnuTime: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

  /// Runs `arguments` (the program first) with stdin from `stdin` (else /dev/null), stdout into
  /// `stdoutPath` and stderr into `stderrPath`, and waits for it.
  static func run(_ arguments: [String], stdin: String? = nil, stdoutPath: String, stderrPath: String) throws
    -> ProcessRun
  {
    let rusagePath = stderrPath + ".rusage"
    var argv = arguments
    if let gnuTime {
      argv = [gnuTime, "-f", "%M %x", "-o", rusagePath, "--"] + arguments
    }
    let load = loadAverage()
    let start = clock.now
    let (status, usage) = try spawnAndWait(argv, stdin: stdin ?? "/dev/null", stdout: stdoutPath, stderr: stderrPath)
    let wall = toSeconds(clock.now - start)
    // wait4's figures include the children the process waited for; GNU time's own CPU time is
    // about a millisecond, and its figures have only 10 ms resolution, so CPU time comes from here.
    let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
    var peakMB = Double(usage.ru_maxrss) / 1024
    var exitStatus = status
    if gnuTime != nil {
      // `%M %x` on the last line (GNU time writes a line before it when the status is not 0).
      guard let text = try? String(contentsOfFile: rusagePath, encoding: .utf8),
        let line = text.split(separator: "\n").last
      else { throw BenchFailure("GNU time wrote no figures for `\(arguments.joined(separator: " "))`") }
      let fields = line.split(separator: " ")
      guard fields.count == 2, let kilobytes = Double(fields[0]), let code = Int32(fields[1])
      else { throw BenchFailure("unexpected GNU time output `\(line)`") }
      peakMB = kilobytes / 1024
      exitStatus = code
    }
    let (hash, bytes) = try hashFile(stdoutPath)
    return ProcessRun(
      wall: wall, cpu: cpu, peakMB: peakMB, status: exitStatus, stdoutHash: hash, stdoutBytes: bytes, load: load)
  }

  private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

  /// posix_spawn and wait4: the exit status (or 128 + signal) and the child's resource usage.
  private static func spawnAndWait(_ argv: [String], stdin: String, stdout: String, stderr: String) throws -> (
    Int32, rusage
  ) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let cArguments = argv.map { strdup($0) }
    defer { cArguments.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments + [nil], environ)
    guard spawned == 0 else { throw BenchFailure("cannot start `\(argv[0])`: \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchFailure("wait4 failed for `\(argv[0])`") }
    }
    let signal = status & 0x7f
    return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, usage)
  }

  /// FNV-1a of a file's bytes, and its size.
  static func hashFile(_ path: String) throws -> (String, Int) {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw BenchFailure("cannot read `\(path)`") }
    defer { try? handle.close() }
    var hash = FNV1a()
    var total = 0
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      hash.mix(bytes: chunk)
      total += chunk.count
    }
    return (hash.hex, total)
  }
}
