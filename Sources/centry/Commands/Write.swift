import ArgumentParser
import CentryConsul
import CentryKit

/// `centry write [INPUT…]`: a drop-in for `consul config write` that lints the whole set first.
struct Write: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write config entries to Consul (as `consul config write`), after linting the whole set.",
    discussion: """
      The inputs are linted as one set first; on any error the diagnostics are printed and nothing \
      is sent (exit 1). Otherwise every entry is PUT to /v1/config in dependency order \
      (proxy-defaults, service-defaults, resolvers, splitters, routers), printing \
      `Config entry written: KIND/NAME` for each. A failed write stops the run and says which \
      entries were written and which were not (exit 2).
      Exit status: 0 written (or planned with --dry-run), 1 errors in the input or a check-and-set \
      refused, 2 the tool or Consul failed.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var report: ReportOptions

  @Flag(
    name: .consul("cas"),
    help: "Check-and-set: write only if the entry's ModifyIndex is --modify-index (0: only if absent).")
  var cas = false

  @Option(name: .consul("modify-index"), help: ArgumentHelp("The ModifyIndex for -cas.", valueName: "index"))
  var modifyIndex: UInt64 = 0

  @Flag(help: "Print the plan (order; new, changed or unchanged per entry, from a GET of each) and write nothing.")
  var dryRun = false

  @Flag(help: "Lint the inputs on top of the live entries (fetched first) instead of on their own.")
  var consul = false

  @OptionGroup(title: "Consul connection") var connection: ConsulOptions

  func run() async throws {
    let files = try input.load()
    let lint: LintReport
    var summary: RunSummary
    if consul {
      let overlay = LiveOverlay.lint(files, live: try await connection.withClient { try await $0.chainEntries() })
      (lint, summary) = (overlay.lint, overlay.summary)
    } else {
      lint = Linter.lint(files)
      summary = lint.summary
    }
    if !lint.diagnostics.isEmpty {
      Output.stderr(report.format.render(lint.diagnostics, sources: lint.sources, summary: summary))
    }
    let status = report.exitStatus(for: summary)
    if status != ExitStatus.success { throw ExitCode(status) }
    let inputs = EntrySet(lint.entries.all.filter { $0.file.index < files.count })
    let planned: [PlannedWrite]
    switch PlannedWrite.plan(inputs) {
    case .success(let list): planned = list
    case .failure(let kinds):
      throw ToolFailure(
        "cannot write \(kinds.list) entries yet (centry does not model them); nothing was written"
      )
    }
    if planned.isEmpty { throw ToolFailure("no config entries to write") }
    try await connection.withClient { client in
      if dryRun {
        try await printPlan(planned, client: client)
      } else {
        try await write(planned, client: client, lint: lint)
      }
    }
  }

  private func printPlan(_ planned: [PlannedWrite], client: ConsulClient) async throws {
    var lines = ["plan (dry run, nothing written to \(client.settings.address)):"]
    let width = planned.map(\.label.count).max() ?? 0
    for (position, write) in planned.enumerated() {
      let live = try await client.read(kind: write.kind.rawValue, name: write.name)
      let status = write.status(against: live)
      let padding = String(repeating: " ", count: width - write.label.count)
      let index = live.map { " (ModifyIndex \($0.modifyIndex))" } ?? ""
      lines.append("  \(position + 1). \(write.label)\(padding)  \(status.rawValue)\(index)")
    }
    Output.stdout(lines.joined(separator: "\n") + "\n")
  }

  private func write(_ planned: [PlannedWrite], client: ConsulClient, lint: LintReport) async throws {
    var written: [String] = []
    for (position, write) in planned.enumerated() {
      let remaining = planned[position...].map(\.label)
      let accepted: Bool
      do {
        accepted = try await client.write(body: write.requestBody, cas: cas ? modifyIndex : nil)
      } catch let failure as ConsulFailure {
        Output.stderr("error: Error writing config entry \(write.label): \(failure.message)\n")
        if let status = failure.status, let body = failure.responseBody, status == 400 || status == 500 {
          let document = lint.documents.first { $0.file == write.entry.file }
          let diagnostic = ConsulRejection.diagnostic(
            message: body, status: status, entry: write.entry, document: document)
          Output.stderr(TextRenderer().render(diagnostic, sources: lint.sources))
        }
        Output.stderr(account(written: written, notWritten: remaining))
        throw ExitCode(ExitStatus.toolFailure)
      }
      guard accepted else {
        Output.stderr("Config entry not updated: \(write.label)\n")
        Output.stderr(account(written: written, notWritten: remaining))
        throw ExitCode(ExitStatus.problemsFound)
      }
      written.append(write.label)
      Output.stdout("Config entry written: \(write.label)\n")
    }
  }

  /// Which entries the run wrote before it stopped, and which it did not.
  private func account(written: [String], notWritten: [String]) -> String {
    let done = written.isEmpty ? "none" : written.joined(separator: ", ")
    return "written before the failure (\(written.count)): \(done)\n"
      + "not written (\(notWritten.count)): \(notWritten.joined(separator: ", "))\n"
  }
}
