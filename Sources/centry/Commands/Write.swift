import ArgumentParser
import CentryConsul
import CentryEngine
import CentryRender

/// `centry write [INPUT…]`: a drop-in for `consul config write` that lints the whole set first.
struct Write: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write config entries to Consul (as `consul config write`), after linting the whole set.",
    discussion: """
      The inputs are linted as one set first; on any error the diagnostics are printed and nothing \
      is sent (exit 1). Otherwise every entry is PUT to /v1/config in dependency order \
      (proxy-defaults, service-defaults, resolvers, splitters, routers), printing \
      `Config entry written: KIND/NAME` for each (and, on stderr, consul's `WARNING:` line for \
      a permissive MutualTLSMode). A failed write stops the run and says which \
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
    let live = consul ? try await connection.withClient { try await $0.chainEntries() } : []
    let plan = WritePlan.run(files: files, live: live, strict: report.strict)
    if !plan.report.diagnostics.isEmpty {
      Output.stderr(report.format.render(plan.report, decorator: report.color.stderrDecorator))
    }
    let planned: [PlannedWrite]
    switch plan.outcome {
    case .refused:
      if !consul && plan.refusedOnlyAcrossEntries(strict: report.strict) {
        // Consul checks a write against the entries it already holds; offline, centry sees only the
        // inputs. Nothing is fetched unasked (an invalid set sends no request at all), but say how.
        Output.stderr(
          "note: every error depends on other entries of the same services; if those are already in Consul, "
            + "`centry write --consul` checks the inputs against them\n")
      }
      throw ExitCode(ExitStatus.problemsFound)
    case .failed(let failure): throw ToolFailure(failure.message(verb: "write") + "; nothing was written")
    case .planned(let writes): planned = writes
    }
    try await connection.withClient { client in
      if dryRun {
        try await printPlan(planned, client: client)
      } else {
        try await write(planned, client: client, lint: plan.report)
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
          let document = lint.document(for: write.entry.file)
          var rejection = lint
          rejection.diagnostics = [
            ConsulRejection.diagnostic(message: body, status: status, entry: write.entry, document: document)
          ]
          Output.stderr(report.format.render(rejection, decorator: report.color.stderrDecorator))
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
      // consul prints its kind-specific warning after the entry is written, on stderr.
      if let warning = write.warning { Output.stderr("WARNING: \(warning)\n") }
    }
  }

  /// Which entries the run wrote before it stopped, and which it did not.
  private func account(written: [String], notWritten: [String]) -> String {
    let done = written.isEmpty ? "none" : written.joined(separator: ", ")
    return "written before the failure (\(written.count)): \(done)\n"
      + "not written (\(notWritten.count)): \(notWritten.joined(separator: ", "))\n"
  }
}
