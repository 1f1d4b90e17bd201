import Foundation
import Synchronization

/// The python of the project venv (`.venv/`, made by `make xds-venv`), which runs the test suite's
/// Python tools: the Envoy schema check and the RE2 oracle. `make test` names it in
/// `CENTRY_XDS_PYTHON`; otherwise the repository's `.venv/bin/python` is used.
public enum VenvPython {
  public static let environmentPython = ProcessInfo.processInfo.environment["CENTRY_XDS_PYTHON"]
  public static let localPython = repositoryRoot.appendingPathComponent(".venv/bin/python").path

  public struct Unavailable: Error, CustomStringConvertible {
    public var description: String
  }

  /// Runs python with `arguments`; its exit status, standard output and standard error.
  public static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let python = environmentPython ?? localPython
    guard FileManager.default.isExecutableFile(atPath: python) else {
      throw Unavailable(
        description:
          "CENTRY_XDS_PYTHON=\(python) is not an executable python: run `make xds-venv` (scripts/xds-venv.sh) to create .venv/"
      )
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw Unavailable(description: "cannot run \(python): \(error)")
    }
    // Read both pipes while the process runs, so that neither can fill up and block it.
    let errorData = Mutex<Data>(Data())
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      let data = errors.fileHandleForReading.readDataToEndOfFile()
      errorData.withLock { $0 = data }
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData.withLock { $0 }, as: UTF8.self)
    )
  }
}
