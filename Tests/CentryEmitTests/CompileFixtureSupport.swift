import CentryAnalysis
import CentryCore
import CentryEmit
import CentryEngine
import CentryRender
import CentryTestSupport
import Foundation

/// One folder of `Fixtures/compile/`: its inputs are the `*.hcl`/`*.json` files in it, or, when it
/// holds a `source.txt`, those of the `Fixtures/`-relative folder that file names (the seed
/// scenarios are compiled in place rather than copied).
struct CompileCase: CustomStringConvertible, Sendable {
  var name: String
  var folder: URL

  var description: String { name }

  /// Every case folder, sorted.
  static let all: [CompileCase] = {
    let root = fixturesRoot.appendingPathComponent("compile")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.sorted().compactMap { name in
      var isDirectory: ObjCBool = false
      let url = root.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
        name != "kinds"
      else { return nil }
      return CompileCase(name: name, folder: url)
    }
  }()

  /// The folder the inputs are read from.
  var inputFolder: URL {
    let source = folder.appendingPathComponent("source.txt")
    if let text = try? String(contentsOf: source, encoding: .utf8) {
      return fixturesRoot.appendingPathComponent(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return folder
  }

  /// The inputs, named by their path from the repository root, sorted.
  func inputs() throws -> [SourceFile] {
    let folder = inputFolder
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".hcl") || ($0.hasSuffix(".json") && !$0.hasPrefix("expected")) }.sorted()
    let prefix = repositoryRoot.path.hasSuffix("/") ? repositoryRoot.path : repositoryRoot.path + "/"
    return try names.map { name in
      let url = folder.appendingPathComponent(name)
      let data = try Data(contentsOf: url)
      return SourceFile(name: String(url.path.dropFirst(prefix.count)), bytes: Array(data))
    }
  }

  /// The case's `compile` settings: `options.txt` holds `--to envoy` settings, one per line —
  /// `service NAME`, `for NAME`, `consul VERSION`, `peer NAME=TRUST_DOMAIN[@DC]`, and
  /// `peer-service PEER SERVICE SNI SAN…` (the imported service's `Connect.PeerMeta`, which only a
  /// Consul agent knows); `#` starts a comment. They apply to `--to envoy` only.
  func options(_ target: CompileTarget) throws -> CompileOptions {
    var options = CompileOptions(target: target)
    let file = folder.appendingPathComponent("options.txt")
    guard target == .envoy, let text = try? String(contentsOf: file, encoding: .utf8) else { return options }
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let words = line.split(separator: " ").map(String.init)
      guard let key = words.first else { continue }
      switch (key, words.count) {
      case ("service", 2): options.service = words[1]
      case ("for", 2): options.envoy.downstream = words[1]
      case ("consul", 2):
        guard let version = ConsulVersion.parse(words[1]) else { throw OptionsError(line: String(line)) }
        options.envoy.consul = version
      case ("peer", 2):
        let info = try PeerInfo.parse(words[1]).get()
        options.envoy.peers[info.name] = info
      case ("peer-service", 5...):
        var info = options.envoy.peers[words[1]] ?? PeerInfo(name: words[1])
        info.services[words[2]] = PeerServiceMeta(sni: words[3], spiffeIDs: Array(words[4...]))
        options.envoy.peers[words[1]] = info
      default: throw OptionsError(line: String(line))
      }
    }
    return options
  }

  struct OptionsError: Error { var line: String }

  /// What `compile --to target` gives for this case: the output (golden `expected.<ext>`), or the
  /// refusal with its rendered diagnostics (golden `expected.<target>.error.txt`).
  func compile(_ target: CompileTarget) throws -> (file: String, text: String) {
    let result = Compiler.compile(try inputs(), options: try options(target))
    let ext = target == .envoy ? "envoy.yaml" : target.rawValue
    switch result.outcome {
    case .emitted(let text):
      return ("expected.\(ext)", text)
    case .refused:
      return ("expected.\(target.rawValue).error.txt", "refused (exit 1)\n\n" + OutputFormat.text.render(result.report))
    case .failed(let message):
      return ("expected.\(target.rawValue).error.txt", "failed (exit 2): \(message)\n")
    }
  }
}

/// The Envoy schema checker, run by the venv's python (``VenvPython``: `CENTRY_XDS_PYTHON`, which
/// `make test` sets, else the repository's `.venv/`); without one its tests fail, saying how to
/// create it.
enum XDSChecker {
  static let environmentPython = VenvPython.environmentPython
  static let localPython = VenvPython.localPython
  static let script = repositoryRoot.appendingPathComponent("scripts/xds/check_envoy.py").path

  /// Runs the checker on `files`; returns its output and whether every file passed, or an error
  /// text when the checker cannot run.
  static func check(_ files: [String]) -> Result<(ok: Bool, output: String), CheckerUnavailable> {
    run(files)
  }

  /// Runs the checker's proto-level comparison of two documents.
  static func compare(expected: String, actual: String) -> Result<(ok: Bool, output: String), CheckerUnavailable> {
    run(["--compare", expected, actual])
  }

  private static func run(_ arguments: [String]) -> Result<(ok: Bool, output: String), CheckerUnavailable> {
    let result: (status: Int32, output: String, errors: String)
    do {
      result = try VenvPython.run([script] + arguments)
    } catch {
      return .failure(CheckerUnavailable(message: "\(error)"))
    }
    let output = result.output + result.errors
    if output.contains("ModuleNotFoundError") || output.contains("ImportError") {
      return .failure(
        CheckerUnavailable(message: "the venv lacks xds-protos or PyYAML (run `make xds-venv`):\n\(output)"))
    }
    return .success((result.status == 0, output))
  }

  struct CheckerUnavailable: Error {
    var message: String
  }
}
