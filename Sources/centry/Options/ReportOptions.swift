import ArgumentParser
import CentryRender
import Foundation

extension OutputFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {
  /// The decorator for diagnostics on stderr, for commands whose stdout is another output.
  var stderrDecorator: Decorator {
    usesColor(isTerminal: Output.stderrIsTerminal, environment: ProcessInfo.processInfo.environment) ? .ansi : .plain
  }
}

/// How diagnostics are reported: shared by every command that prints them.
struct ReportOptions: ParsableArguments {
  @Option(help: "Report format: text, json, sarif, github or checkstyle.")
  var format: OutputFormat = .text

  @Option(help: "Colour the text report: auto (only on a terminal), always or never. NO_COLOR disables it.")
  var color: ColorChoice = .auto

  @Flag(help: "Fail (exit 1) on warnings too.")
  var strict = false

  /// The same choices as plain values (what ``LintRun`` takes).
  var settings: ReportSettings { ReportSettings(format: format, color: color, strict: strict) }

  /// The decorator for stdout under the current environment.
  var decorator: Decorator { settings.decorator }

  /// 1 when the report has errors (or warnings under `--strict`), else 0.
  func exitStatus(for summary: RunSummary) -> Int32 { settings.exitStatus(for: summary) }
}

/// ``ReportOptions`` without ArgumentParser's property wrappers: the plain `centry lint` path
/// builds it directly, with the options' defaults.
struct ReportSettings {
  var format: OutputFormat = .text
  var color: ColorChoice = .auto
  var strict = false

  /// The decorator for stdout under the current environment.
  var decorator: Decorator {
    color.usesColor(isTerminal: Output.stdoutIsTerminal, environment: ProcessInfo.processInfo.environment)
      ? .ansi : .plain
  }

  /// 1 when the report has errors (or warnings under `--strict`), else 0.
  func exitStatus(for summary: RunSummary) -> Int32 {
    if summary.errors > 0 || (strict && summary.warnings > 0) { return ExitStatus.problemsFound }
    return ExitStatus.success
  }
}
