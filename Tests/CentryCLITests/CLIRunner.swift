import CentryTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `centry` binary of this very build: the executable next to the test bundle, in the build
/// products folder that `swift build --build-tests` and `swift test` fill (whatever `-c`,
/// `--scratch-path` or `--build-path` chose), so a test never runs a stale binary of another
/// configuration; a failure naming the folders searched when it is not there.
let centryBinary: Result<URL, CLIRunnerError> = {
  var searched: [String] = []
  for folder in buildProductsFolders() {
    let candidate = folder.appendingPathComponent("centry")
    searched.append(candidate.path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
      FileManager.default.isExecutableFile(atPath: candidate.path)
    {
      return .success(candidate)
    }
  }
  return .failure(
    CLIRunnerError(
      "the `centry` binary is not next to the test bundle (looked for \(searched)); `swift build --build-tests` builds both"
    ))
}()

/// The folders holding the running test bundle (`<name>.xctest`, a file on Linux and a directory
/// on macOS): the build products folder of this build.
private func buildProductsFolders() -> [URL] {
  var paths: [String] = []
  if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    paths.append(executable)
  }
  paths += CommandLine.arguments.prefix(1)
  paths += Bundle.allBundles.map(\.bundlePath)
  var folders: [URL] = []
  for path in paths {
    let components = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
    guard let bundle = components.lastIndex(where: { $0.hasSuffix(".xctest") }) else { continue }
    let folder = URL(fileURLWithPath: NSString.path(withComponents: Array(components[..<bundle])))
    if !folders.contains(folder) { folders.append(folder) }
  }
  return folders
}

/// A failure of the test harness itself (not of centry): the test fails with this message.
struct CLIRunnerError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// What one run of the binary did.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `centry` with `arguments`, in `directory`, with `input` on a pipe as standard input and
/// `environment` added to (or, for a nil value, removed from) the current one. `NO_COLOR` is
/// removed unless given. Fails the test when the binary is missing.
func runCentry(
  _ arguments: [String], stdin input: String = "", in directory: URL? = nil,
  environment: [String: String?] = [:]
) throws -> RunResult {
  try run(centryBinary.get(), arguments, stdin: input, in: directory, environment: environment)
}

/// Runs `centry` in a temporary tree (kept alive, so not yet removed, during the run).
func runCentry(
  _ arguments: [String], stdin input: String = "", in tree: TemporaryTree, environment: [String: String?] = [:]
) throws -> RunResult {
  try withExtendedLifetime(tree) {
    try runCentry(arguments, stdin: input, in: tree.url, environment: environment)
  }
}

/// Runs `script` with bash in `tree`, `$CENTRY` naming the binary: for inputs only a shell makes
/// (process substitution, a FIFO with a writer in the background).
func runShell(_ script: String, in tree: TemporaryTree) throws -> RunResult {
  try withExtendedLifetime(tree) {
    try run(
      URL(fileURLWithPath: "/bin/bash"), ["-c", script], stdin: "", in: tree.url,
      environment: ["CENTRY": try centryBinary.get().path])
  }
}

/// Runs `centry ARGUMENTS` with a terminal as standard input (through util-linux `script`, which
/// merges the child's stdout and stderr into `stdout`). `script` is part of Debian's essential
/// `bsdutils` (and listed in scripts/install-deps.sh); without it the test fails.
func runCentryOnTerminal(_ arguments: [String]) throws -> RunResult {
  let script = URL(fileURLWithPath: "/usr/bin/script")
  guard FileManager.default.isExecutableFile(atPath: script.path) else {
    throw CLIRunnerError("/usr/bin/script (util-linux, Debian package bsdutils) is needed to give centry a terminal")
  }
  let command = ([try centryBinary.get().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
  return try run(script, ["-q", "-e", "-c", command, "/dev/null"], stdin: "", in: nil, environment: [:])
}

/// Runs `executable`. Standard output and error go to files, so a child writing more than a pipe
/// holds on either stream cannot block while the other is being read; standard input is a pipe
/// (centry treats a pipe, unlike a terminal, as input), fed from another thread.
private func run(
  _ executable: URL, _ arguments: [String], stdin input: String, in directory: URL?,
  environment: [String: String?]
) throws -> RunResult {
  let scratch = try makeTemporaryFolder("centry-run")
  defer { try? FileManager.default.removeItem(at: scratch) }
  let outURL = scratch.appendingPathComponent("stdout")
  let errURL = scratch.appendingPathComponent("stderr")
  for url in [outURL, errURL] {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CLIRunnerError("cannot create \(url.path)")
    }
  }
  let out = try FileHandle(forWritingTo: outURL)
  let err = try FileHandle(forWritingTo: errURL)

  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = nil
  for (key, value) in environment { env[key] = value }
  process.environment = env
  let inputPipe = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = inputPipe
  try process.run()
  try out.close()
  try err.close()
  // A child that exits without reading its input must not kill the test process with SIGPIPE.
  signal(SIGPIPE, SIG_IGN)
  let writer = inputPipe.fileHandleForWriting
  let bytes = Data(input.utf8)
  let written = DispatchSemaphore(value: 0)
  DispatchQueue.global().async {
    if !bytes.isEmpty { try? writer.write(contentsOf: bytes) }
    try? writer.close()
    written.signal()
  }
  process.waitUntilExit()
  written.wait()
  return RunResult(
    status: process.terminationStatus,
    stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// A fresh, empty folder under the system's temporary directory.
private func makeTemporaryFolder(_ prefix: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// A temporary folder of files for one test, removed when the last reference to it goes.
final class TemporaryTree {
  let url: URL

  /// Creates the folder holding `files` (relative path → text).
  init(_ files: [String: String]) throws {
    url = try makeTemporaryFolder("centry-cli")
    do {
      for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
      }
    } catch {
      try? FileManager.default.removeItem(at: url)
      throw error
    }
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}

/// A fresh temporary folder holding `files` (relative path → text), removed after the test.
func temporaryTree(_ files: [String: String]) throws -> TemporaryTree {
  try TemporaryTree(files)
}

/// A YAML resource: reported as `unsupported-input` (an error) until YAML support lands.
let yamlResource = "apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceRouter\n"
/// An entry every stage accepts.
let cleanEntry = "Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"http\"\n"
