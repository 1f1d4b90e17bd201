import ArgumentParser
import CentryAnalysis
import CentryEngine
import Foundation

/// `centry lint [INPUT…]`: parse, decode and check; print diagnostics.
struct Lint: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Parse, decode and check config entries; print diagnostics.",
    discussion: "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 the tool failed.")

  @OptionGroup var input: InputOptions
  @OptionGroup var report: ReportOptions

  @Option(
    help: ArgumentHelp(
      "Service instances (JSON of /v1/health/service/NAME, or an object of such arrays by service) to check subset filters against.",
      valueName: "file"),
    completion: .file(extensions: ["json"]))
  var catalog: String?

  @OptionGroup var live: LiveOptions

  func run() async throws {
    let options = LintOptions(catalog: try loadCatalog())
    let files = try input.load()
    // With `--consul` the inputs are laid over the live entries; without it `live` is empty.
    let result = Linter.lint(files, over: try await live.liveEntries(), options: options)
    KeptUntilExit.keep(result)
    let text = report.format.render(result, decorator: report.decorator)
    if !text.isEmpty { Output.stdout(text) }
    let status = report.exitStatus(for: result.summary)
    if status != ExitStatus.success { throw ExitCode(status) }
  }

  private func loadCatalog() throws -> ServiceCatalog? {
    guard let path = catalog else { return nil }
    let data: [UInt8]
    switch InputLoader.readFile(path) {
    case .success(let bytes): data = bytes
    case .failure(let failure): throw ToolFailure("cannot read catalog `\(path)`: \(failure.reason)")
    }
    switch ServiceCatalog.parse(data) {
    case .success(let parsed): return parsed
    case .failure(let error): throw ToolFailure("invalid catalog `\(path)` at byte \(error.offset): \(error.message)")
    }
  }
}
