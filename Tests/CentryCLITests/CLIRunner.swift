import CentryTestSupport
import Foundation

/// The built `centry` binary (`swift build --build-tests` builds it).
let centryBinary = repositoryRoot.appendingPathComponent(".build/debug/centry")

/// What one run of the binary did.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `centry` with `arguments`, in `directory`, with `input` on a pipe as standard input and
/// `environment` added to (or, for a nil value, removed from) the current one. `NO_COLOR` is
/// removed unless given.
func runCentry(
  _ arguments: [String], stdin input: String = "", in directory: URL? = nil,
  environment: [String: String?] = [:]
) throws -> RunResult {
  try run(centryBinary, arguments, stdin: input, in: directory, environment: environment)
}

/// Runs `centry ARGUMENTS` with a terminal as standard input (through util-linux `script`, which
/// merges the child's stdout and stderr into `stdout`); nil when `script` is not installed.
func runCentryOnTerminal(_ arguments: [String]) throws -> RunResult? {
  let script = URL(fileURLWithPath: "/usr/bin/script")
  guard FileManager.default.isExecutableFile(atPath: script.path) else { return nil }
  let command = ([centryBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
  return try run(script, ["-q", "-e", "-c", command, "/dev/null"], stdin: "", in: nil, environment: [:])
}

private func run(
  _ executable: URL, _ arguments: [String], stdin input: String, in directory: URL?,
  environment: [String: String?]
) throws -> RunResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = nil
  for (key, value) in environment { env[key] = value }
  process.environment = env

  let out = Pipe()
  let err = Pipe()
  let inputPipe = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = inputPipe
  try process.run()
  inputPipe.fileHandleForWriting.write(Data(input.utf8))
  try inputPipe.fileHandleForWriting.close()
  // stderr stays small (a few lines), so reading stdout to the end first cannot block the child.
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary directory holding `files` (relative path → text).
func temporaryTree(_ files: [String: String]) throws -> URL {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("centry-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  for (path, text) in files.sorted(by: { $0.key < $1.key }) {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }
  return root
}

/// True once the real parser is merged (the stub parser reports nothing for `Kind = `).
let parserIsReal: Bool = {
  guard let result = try? runCentry(["lint", "--format", "json", "-"], stdin: "Kind = \n") else { return false }
  return result.stdout.contains("\"rule\"")
}()

/// A YAML resource: reported as `unsupported-input` (an error) until YAML support lands.
let yamlResource = "apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceRouter\n"
/// An entry every stage accepts.
let cleanEntry = "Kind = \"service-defaults\"\nName = \"web\"\nProtocol = \"http\"\n"
