import ArgumentParser
import CentryKit

/// `centry lint [INPUT…]`: parse, decode and check; print diagnostics.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Parse, decode and check config entries; print diagnostics.",
    discussion: "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 the tool failed.")

  @OptionGroup var input: InputOptions
  @OptionGroup var report: ReportOptions

  func run() throws {
    let files = try input.load()
    let result = Linter.lint(files)
    let text = report.format.render(result, decorator: report.decorator)
    if !text.isEmpty { Output.stdout(text) }
    let status = report.exitStatus(for: result.summary)
    if status != ExitStatus.success { throw ExitCode(status) }
  }
}
