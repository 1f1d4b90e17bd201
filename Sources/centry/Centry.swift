import ArgumentParser
import CentryConsul
import CentryCore
import CentryRender

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `centry` root command.
///
/// `main()` is ours rather than ArgumentParser's so that exit codes follow `spec/cli.md`: bad
/// usage is 2 (ArgumentParser's own code is 64), help and `--version` are 0 on stdout, and every
/// error goes to stderr.
@main
struct Centry: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centry",
    abstract: "Compile and lint HashiCorp Consul config entries.",
    discussion: """
      Inputs are files (HCL or JSON), directories (every *.hcl, *.json, *.yaml and *.yml below \
      them, hidden entries skipped, in sorted order) and `-` for standard input. A FIFO or pipe named \
      as an input (`<(cat a.hcl)`, /dev/stdin) is read to its end like standard input.
      Exit status: 0 no errors, 1 errors found (or warnings under --strict), 2 the tool failed.
      """,
    version: ToolInfo.version,
    subcommands: [
      Lint.self, Compile.self, Rules.self, Schema.self, Explain.self, Route.self, Write.self, Read.self, List.self,
      Delete.self, Diff.self,
    ])

  static func main() async {
    Output.ignoreBrokenPipe()
    let status: Int32
    do {
      let arguments = GoFlags.normalize(Array(CommandLine.arguments.dropFirst()))
      // Every command runs on a deep stack (DeepStackExecutor), so that the nesting bounds, not
      // the thread, decide how deep an input may nest.
      if let inputs = plainLintInputs(arguments) {
        status = try await withTaskExecutorPreference(DeepStackExecutor.shared) {
          try await LintRun(inputs: inputs).execute()
        }
      } else {
        var command = try parseAsRoot(arguments)
        if var asyncCommand = command as? AsyncParsableCommand {
          try await withTaskExecutorPreference(DeepStackExecutor.shared) { try await asyncCommand.run() }
        } else {
          try DeepStack.run { () throws(any Error) in try command.run() }
        }
        status = 0
      }
    } catch {
      status = exitStatus(reporting: error)
    }
    terminate(status)
  }

  /// The inputs of `centry lint` with inputs and no option (`centry lint -` in an editor or a
  /// hook), or `nil` for any other command line. That form runs ``LintRun`` directly, without
  /// ArgumentParser: building its parsers (reflection over the property wrappers of every
  /// option, the completion-script check) was about a third of a one-entry lint. ArgumentParser
  /// would take each such argument as an input too (none starts with `-` but `-` itself, so none
  /// is an option, `--` or a completion request, and `lint` has no subcommand), so the result is
  /// the same. Anything else goes through ``parseAsRoot(_:)``, which alone words usage errors
  /// and help as `centry`.
  static func plainLintInputs(_ arguments: [String]) -> [String]? {
    guard arguments.first == "lint" else { return nil }
    let inputs = arguments.dropFirst()
    guard inputs.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }) else { return nil }
    return Array(inputs)
  }

  /// Prints `error` where it belongs and returns the process exit status for it.
  static func exitStatus(reporting error: Error) -> Int32 {
    if let failure = error as? ToolFailure {
      Output.stderr("error: \(failure.message)\n")
      return ExitStatus.toolFailure
    }
    if let failure = error as? ConsulFailure {
      Output.stderr("error: \(failure.message)\n")
      return ExitStatus.toolFailure
    }
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if code == .success {
      // Help, `--version`, completion scripts.
      if !message.isEmpty { Output.stdout(message.hasSuffix("\n") ? message : message + "\n") }
      return ExitStatus.success
    }
    if !message.isEmpty { Output.stderr(message.hasSuffix("\n") ? message : message + "\n") }
    if code == .validationFailure { return ExitStatus.toolFailure }
    return code.rawValue
  }
}
