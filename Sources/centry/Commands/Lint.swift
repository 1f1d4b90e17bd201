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
    let run = LintRun(
      inputs: input.inputs, report: report.settings, catalog: catalog, liveEntries: live.liveEntries)
    let status = try await run.execute()
    if status != ExitStatus.success { throw ExitCode(status) }
  }
}

/// What `centry lint` does once its command line is understood, on plain values: ``Lint`` runs
/// it with what ArgumentParser parsed, and ``Centry/main()`` runs it directly for
/// `centry lint [INPUT|-]…` without options, where building ArgumentParser's parsers (reflection
/// over every property wrapper) was about a third of a one-entry run.
struct LintRun {
  /// Files, directories or `-`; none means a piped standard input.
  var inputs: [String]
  var report = ReportSettings()
  /// `--catalog`: service instances to check subset filters against.
  var catalog: String?
  /// The live entries the inputs are laid over (`--consul`); none without it.
  var liveEntries: () async throws -> [LiveEntry] = { [] }

  /// Lints and prints the report; returns the exit status (0 or 1). Throws ``ToolFailure`` or
  /// a usage error when the inputs or the catalog cannot be read, as ``Lint`` always has.
  func execute() async throws -> Int32 {
    let options = LintOptions(catalog: try loadCatalog())
    let files = try InputOptions.load(inputs)
    // With `--consul` the inputs are laid over the live entries; without it this is empty.
    let result = Linter.lint(files, over: try await liveEntries(), options: options)
    KeptUntilExit.keep(result)
    let text = report.format.render(result, decorator: report.decorator)
    if !text.isEmpty { Output.stdout(text) }
    return report.exitStatus(for: result.summary)
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
