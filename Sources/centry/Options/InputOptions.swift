import ArgumentParser
import CentryCore

/// The inputs of every command that reads entries.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, directories (searched recursively for *.hcl, *.json, *.yaml, *.yml) or - for stdin.",
      discussion: "With no input and a pipe on standard input, standard input is read.",
      valueName: "input"),
    completion: .file())
  var inputs: [String] = []

  /// Reads every input into memory; throws ``ToolFailure`` or a usage error.
  func load() throws -> [SourceFile] {
    try InputOptions.load(inputs)
  }

  /// Reads `inputs` (files, directories, `-`; none means a piped standard input) into memory;
  /// throws ``ToolFailure`` or a usage error. Static, so that the plain `centry lint` path
  /// (``Centry/plainLintInputs(_:)``) reads its inputs without building this type's parser.
  static func load(_ inputs: [String]) throws -> [SourceFile] {
    if inputs.isEmpty {
      guard !Output.stdinIsTerminal else {
        throw ValidationError("no input: give files or directories, or pipe an entry into `-`")
      }
      return [try InputLoader.readStandardInput()]
    }
    let loaded = InputLoader.load(inputs)
    if !loaded.failures.isEmpty {
      throw ToolFailure(loaded.failures.joined(separator: "\nerror: "))
    }
    for directory in loaded.emptyDirectories {
      Output.stderr("warning: no *.hcl, *.json, *.yaml or *.yml files in `\(directory)`\n")
    }
    return loaded.files
  }
}
