import ArgumentParser
import CentryConsul
import CentryEngine
import CentryRender

/// `centry diff [INPUT…]`: what `write` would change, and what that does to traffic.
struct Diff: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what `write` would change in Consul: a diff of the JSON bodies, then the traffic impact.",
    discussion: """
      Each input's body is compared with its live version as Consul would store it (protocols \
      lower-cased, route methods upper-cased, split weights rounded; CreateIndex, ModifyIndex and \
      Hash ignored, durations compared by value, map order ignored). Then the discovery chain of every \
      service is compiled on the live entries and on the live entries with the inputs overlaid, \
      and the routes, splits, timeouts, retries, failover and load balancing that change are listed.
      Exit status: 0 nothing would change, 1 something would, 2 failure (including inputs with errors).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text (unified diff and impact) or json (both parts).")
  var format: Format = .text

  @OptionGroup(title: "Consul connection") var connection: ConsulOptions

  func run() async throws {
    let files = try input.load()
    let live = try await connection.withClient { try await $0.chainEntries() }
    let result = ConfigDiff.run(files: files, live: live)
    switch result.outcome {
    case .refused:
      // Diagnostics follow the output: JSON with `--format json`, else text.
      let report = format == .json ? OutputFormat.json : .text
      Output.stderr(report.render(result.report, decorator: ColorChoice.auto.stderrDecorator))
      throw ToolFailure("the inputs have errors; `write` would refuse them")
    case .failed(let failure):
      throw ToolFailure(failure.message(verb: "diff"))
    case .compared(let diff):
      switch format {
      case .text: Output.stdout(diff.text)
      case .json: Output.stdout(diff.json.serialized(.pretty))
      }
      if diff.hasChanges { throw ExitCode(ExitStatus.problemsFound) }
    }
  }
}
