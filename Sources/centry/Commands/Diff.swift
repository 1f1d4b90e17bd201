import ArgumentParser
import CentryConsul
import CentryKit

/// `centry diff [INPUT…]`: what `write` would change, and what that does to traffic.
struct Diff: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what `write` would change in Consul: a diff of the JSON bodies, then the traffic impact.",
    discussion: """
      Each input's body is compared with its live version (CreateIndex, ModifyIndex and Hash \
      ignored, durations compared by value, map order ignored). Then the discovery chain of every \
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
    let overlay = LiveOverlay.lint(files, live: live)
    if overlay.summary.errors > 0 {
      Output.stderr(
        OutputFormat.text.render(overlay.lint.diagnostics, sources: overlay.lint.sources, summary: overlay.summary))
      throw ToolFailure("the inputs have errors; `write` would refuse them")
    }
    let inputs = EntrySet(overlay.lint.entries.all.filter { $0.file.index < files.count })
    let planned: [PlannedWrite]
    switch PlannedWrite.plan(inputs) {
    case .success(let list): planned = list
    case .failure(let kinds):
      throw ToolFailure("cannot diff \(kinds.list) entries yet (centry does not model them)")
    }
    if planned.isEmpty { throw ToolFailure("no config entries to compare") }
    let result = ConfigDiff.compute(
      inputs: planned, live: live, after: overlay.lint.entries, sources: overlay.lint.sources)
    switch format {
    case .text: Output.stdout(result.text)
    case .json: Output.stdout(result.json.serialized(.pretty))
    }
    if result.hasChanges { throw ExitCode(ExitStatus.problemsFound) }
  }
}
