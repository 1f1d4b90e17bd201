import Foundation
import Testing

/// The generated folder (hundreds of megabytes), removed when the test process exits.
nonisolated(unsafe) private var hostileFolder: String?

/// The hostile inputs of scripts/hostile/generate.py (deep nesting in every language, very long
/// lines, a million list elements and map entries, invalid UTF-8 and NUL bytes, backtracking
/// regexes, thousands of filter clauses, the file-system cases), each run through the built binary:
/// the expected exit status and text, and never a crash. `make hostile` runs the same manifest
/// against the release binary and checks time and memory; nothing here is timed.
@Suite(.serialized) struct HostileInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var status: Int32
    var expect: String
    var command: String
    var testDescription: String { name }
  }

  /// The generated inputs, made once for every case.
  static let generated: Result<(folder: URL, cases: [Case]), CLIRunnerError> = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("centry-hostile-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", repository.appendingPathComponent("scripts/hostile/generate.py").path, folder.path]
    do {
      hostileFolder = folder.path
      atexit {
        if let path = hostileFolder { try? FileManager.default.removeItem(atPath: path) }
      }
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        return .failure(CLIRunnerError("scripts/hostile/generate.py failed"))
      }
      let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
      let cases = manifest.split(separator: "\n").compactMap { line -> Case? in
        let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, let status = Int32(fields[1]) else { return nil }
        return Case(name: fields[0], status: status, expect: fields[2], command: fields[3])
      }
      return .success((folder, cases))
    } catch {
      return .failure(CLIRunnerError("cannot generate the hostile inputs: \(error)"))
    }
  }()

  static var cases: [Case] { (try? generated.get().cases) ?? [] }

  @Test func manifestIsGenerated() throws {
    #expect(try Self.generated.get().cases.count > 40)
  }

  @Test(arguments: cases)
  func endsWithItsStatusAndReason(_ hostile: Case) throws {
    let folder = try Self.generated.get().folder
    let binary = try centryBinary.get()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", hostile.command]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["CENTRY"] = binary.path
    process.environment = environment
    let output = folder.appendingPathComponent(".\(hostile.name).out")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
    defer { try? FileManager.default.removeItem(at: output) }
    #expect(process.terminationReason == .exit, "\(hostile.name) was killed by a signal")
    #expect(process.terminationStatus == hostile.status, "\(hostile.name): \(text.prefix(400))")
    #expect(hostile.expect == "-" || text.contains(hostile.expect), "\(hostile.name): \(text.prefix(400))")
    for trap in [
      "Fatal error", "Segmentation fault", "Stack dump", "Broken pipe", "Illegal instruction", "AddressSanitizer",
    ] {
      #expect(!text.contains(trap), "\(hostile.name): \(text.prefix(400))")
    }
    // An error that is not a report is one line.
    if hostile.status == 2 {
      #expect(text.split(separator: "\n").count == 1, "\(hostile.name): \(text.prefix(400))")
    }
  }
}
