// The suite's report: markdown tables of what was measured, the issue's targets marked met or
// not met, output fingerprints, and the problems that make the benchmark fail.

import Foundation

struct SuiteReport {
  var settings: Suite.Settings
  var sizes: [SizeResults]
  var stdin: [Measurement]
  var startedAt: Date
  var startLoad: Double?
  var endLoad: Double?

  func markdown() -> String {
    var sections: [(title: String, body: String)] = [
      ("", targetsTable()),
      ("centry as a user runs it (release binary; medians)", commandTable()),
    ]
    if settings.hcl != nil {
      sections.append(("Side by side with hashicorp/hcl v1 (Go; parse only, every file, one process)", hclTable()))
    }
    sections += [
      ("In-process stages (library calls in one process; median wall s, CPU s in brackets)", stagesTable()),
      ("One entry from stdin (median of \(settings.stdinRuns) runs)", stdinTable()),
      ("Output fingerprints (equal before and after a change = byte-identical output)", fingerprintTable()),
      ("The mistakes corpora", mistakesSection()),
    ]
    let body = sections.map { $0.title.isEmpty ? $0.body : "### \($0.title)\n\n\($0.body)" }
    return (["## centry benchmark", machine()] + body).joined(separator: "\n\n")
  }

  // MARK: - Machine

  private func machine() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
      .first { $0.hasPrefix("model name") }.flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    let environment = ProcessInfo.processInfo.environment
    let formatter = ISO8601DateFormatter()
    let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
    let loads = [startLoad, endLoad].map { $0.map { String(format: "%.2f", $0) } ?? "?" }
    return [
      "- date: \(formatter.string(from: startedAt)) (UTC), commit \(environment["BENCH_COMMIT"] ?? "?")",
      "- machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
        + String(format: "%.0f GB", memory) + ", \(environment["BENCH_SWIFT_VERSION"] ?? "Swift ?"), release build",
      "- load average (1 min) at start / end: \(loads[0]) / \(loads[1]); each row shows the mean over its runs",
      "- peak RSS: " + (Spawn.gnuTime != nil ? "`ru_maxrss` of the process, via GNU time" : "`ru_maxrss` via wait4"),
      "- hashicorp/hcl v1: "
        + (settings.hcl != nil
          ? "Debian's golang-github-hashicorp-hcl-dev, `hcl.ParseBytes` of every file in one Go process"
          : "not available (install golang-go and golang-github-hashicorp-hcl-dev)"),
    ].joined(separator: "\n")
  }

  // MARK: - Tables

  private func commandTable() -> String {
    var rows = [
      "| corpus | input | command | entries | MB | runs | wall s | CPU s | entries/s | MB/s | peak RSS MB | load |",
      "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for size in sizes {
      for measurement in size.measurements {
        let megabytes = Double(measurement.bytes) / 1_048_576
        let inputs = measurement.input == "dir" ? "dir (\(size.clean.files.count) files)" : "bootstrap (1 file)"
        rows.append(
          "| \(measurement.corpus) | \(inputs) | \(measurement.command) | \(measurement.entries) | "
            + "\(fixed(megabytes, 1)) | \(measurement.runs.count) | \(seconds(measurement.wall)) | \(seconds(measurement.cpu)) | "
            + "\(fixed(Double(measurement.entries) / measurement.wall, 0)) | \(fixed(megabytes / measurement.wall, 1)) | "
            + "\(fixed(measurement.peakMB, 0)) | \(loadText(measurement.load)) |")
      }
    }
    return rows.joined(separator: "\n")
  }

  private func hclTable() -> String {
    var rows = [
      "| corpus | input | centry lint wall s (CPU) | hcl v1 wall s (CPU) | hcl v1 parse alone s | lint / hcl wall | lint / hcl CPU |",
      "|---|---|--:|--:|--:|--:|--:|",
    ]
    for size in sizes {
      for input in ["dir", "bootstrap"] {
        guard let lint = size.find("centry lint", .clean, input), let hcl = size.find("hcl v1 parse", .clean, input)
        else { continue }
        rows.append(
          "| \(lint.corpus) | \(input) | \(seconds(lint.wall)) (\(seconds(lint.cpu))) | "
            + "\(seconds(hcl.wall)) (\(seconds(hcl.cpu))) | \(size.hclInProcess[input].map(seconds) ?? "–") | "
            + "\(fixed(lint.wall / hcl.wall, 2))× | \(fixed(lint.cpu / hcl.cpu, 2))× |")
      }
    }
    return rows.joined(separator: "\n")
  }

  private func stagesTable() -> String {
    let columns = StageReport.order
    var rows = [
      "| corpus | runs | " + columns.joined(separator: " | ") + " | parse MB/s (CPU) | entries/s (check, CPU) |",
      "|---|" + String(repeating: "--:|", count: columns.count + 3),
    ]
    for size in sizes {
      for (key, report) in size.stages.sorted(by: { $0.key < $1.key }) {
        let cells = columns.map { stage -> String in
          guard let times = report.stages[stage] else { return "–" }
          return "\(seconds(median(times.wall))) (\(seconds(median(times.cpu))))"
        }
        let bytes = key.contains("bootstrap") ? size.clean.bootstrapBytes : size.clean.directoryBytes
        let parseCPU = report.stages["parse"].map { median($0.cpu) } ?? .nan
        let checkCPU = report.stages["check"].map { median($0.cpu) } ?? .nan
        rows.append(
          "| \(size.size.label) \(key) | \(report.stages["check"]?.wall.count ?? 0) | " + cells.joined(separator: " | ")
            + " | \(fixed(Double(bytes) / 1_048_576 / parseCPU, 1)) | \(fixed(Double(report.entryCount) / checkCPU, 0)) |"
        )
      }
    }
    return rows.joined(separator: "\n")
  }

  private func stdinTable() -> String {
    var rows = [
      "| program | wall ms | CPU ms | peak RSS MB | × trivial (wall) |",
      "|---|--:|--:|--:|--:|",
    ]
    let floor = stdin.first?.wall ?? .nan
    for measurement in stdin {
      rows.append(
        "| \(measurement.command) (\(measurement.bytes) bytes on stdin) | \(fixed(measurement.wall * 1000, 1)) | "
          + "\(fixed(measurement.cpu * 1000, 0)) | \(fixed(measurement.peakMB, 1)) | \(fixed(measurement.wall / floor, 2)) |"
      )
    }
    return rows.joined(separator: "\n")
  }

  private func fingerprintTable() -> String {
    var rows = [
      "| corpus | diagnostics (errors / warnings) | in-process fingerprint | `lint` stdout | `compile --to json` | `compile --to envoy` |",
      "|---|--:|---|---|---|---|",
    ]
    for size in sizes {
      for (key, variant, input) in [
        ("clean dir", CorpusVariant.clean, "dir"), ("clean bootstrap", .clean, "bootstrap"),
        ("mistakes dir", .mistakes, "dir"),
      ] {
        let report = size.stages[key]
        guard report != nil || size.find("centry lint", variant, input) != nil else { continue }
        let lint = size.find("centry lint", variant, input).map(outputCell) ?? "–"
        let json = input == "dir" ? size.find("centry compile --to json", variant).map(outputCell) ?? "–" : "–"
        let envoy = input == "dir" ? size.find("centry compile --to envoy", variant).map(outputCell) ?? "–" : "–"
        let counts = report.map { "\($0.diagnostics) (\($0.errors) / \($0.warnings))" } ?? "–"
        let fingerprint = report.map { "`\($0.fingerprint)`" } ?? "– (stages not run)"
        rows.append("| \(size.size.label) \(key) | \(counts) | \(fingerprint) | \(lint) | \(json) | \(envoy) |")
      }
    }
    return rows.joined(separator: "\n")
  }

  private func outputCell(_ measurement: Measurement) -> String {
    let size = measurement.runs.first?.stdoutBytes ?? 0
    return "`\(measurement.stdoutHash)` (\(size) B\(measurement.deterministic ? "" : ", DIFFERS between runs"))"
  }

  private func mistakesSection() -> String {
    var lines: [String] = []
    for size in sizes {
      let injected = size.mistakes.mistakes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      let total = size.mistakes.mistakes.values.reduce(0, +)
      lines.append(
        "- \(size.size.label): \(total) of \(size.mistakes.entryCount) entries broken on purpose ("
          + injected.joined(separator: ", ") + ")")
      if let report = size.stages["mistakes dir"] {
        let rules = report.byRule.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        lines.append("  - found: " + rules.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
      }
    }
    return lines.joined(separator: "\n")
  }

  // MARK: - Targets

  /// One target of the performance issue.
  struct Target {
    var name: String
    var measured: String
    /// `nil` when it could not be measured in this run.
    var met: Bool?
  }

  var targets: [Target] {
    let ten = sizes.first { $0.size.entries == 10_000 }
    let hundred = sizes.first { $0.size.entries == 100_000 }
    let lint10 = ten?.find("centry lint", .clean)
    let lint100 = hundred?.find("centry lint", .clean)
    var targets: [Target] = []

    if let lint10, let hcl = ten?.find("hcl v1 parse", .clean) {
      let ratio = lint10.wall / hcl.wall
      targets.append(
        Target(
          name: "full `lint` of 10k ≤ 0.5× hcl v1's parse of the same files",
          measured:
            "\(fixed(ratio, 2))× (\(seconds(lint10.wall)) s / \(seconds(hcl.wall)) s; CPU \(fixed(lint10.cpu / hcl.cpu, 2))×)",
          met: ratio <= 0.5))
    } else {
      targets.append(
        Target(
          name: "full `lint` of 10k ≤ 0.5× hcl v1's parse of the same files",
          measured: ten == nil ? "10k not run" : "hcl v1 not available", met: nil))
    }
    if let lint10, let lint100 {
      let ratio = lint100.wall / lint10.wall
      targets.append(
        Target(
          name: "100k ≤ 11× the 10k time",
          measured:
            "\(fixed(ratio, 1))× (\(seconds(lint100.wall)) s / \(seconds(lint10.wall)) s; CPU \(fixed(lint100.cpu / lint10.cpu, 1))×)",
          met: ratio <= 11))
    } else {
      targets.append(Target(name: "100k ≤ 11× the 10k time", measured: "needs 10k and 100k", met: nil))
    }
    targets.append(
      Target(
        name: "peak RSS < 1 GB at 100k", measured: lint100.map { "\(fixed($0.peakMB, 0)) MB" } ?? "100k not run",
        met: lint100.map { $0.peakMB < 1024 }))
    targets.append(
      Target(
        name: "peak RSS < 150 MB at 10k", measured: lint10.map { "\(fixed($0.peakMB, 0)) MB" } ?? "10k not run",
        met: lint10.map { $0.peakMB < 150 }))
    if stdin.count == 2 {
      let ratio = stdin[1].wall / stdin[0].wall
      targets.append(
        Target(
          name: "one entry from stdin ≤ 2× a trivial Swift executable",
          measured: "\(fixed(ratio, 2))× (\(fixed(stdin[1].wall * 1000, 1)) ms / \(fixed(stdin[0].wall * 1000, 1)) ms)",
          met: ratio <= 2))
    }
    if let lint10, let envoy = ten?.find("centry compile --to envoy", .clean) {
      let ratio = envoy.wall / lint10.wall
      targets.append(
        Target(
          name: "`compile --to envoy` of 10k ≤ 1.5× `lint`",
          measured: "\(fixed(ratio, 2))× (\(seconds(envoy.wall)) s / \(seconds(lint10.wall)) s)", met: ratio <= 1.5))
    } else {
      targets.append(Target(name: "`compile --to envoy` of 10k ≤ 1.5× `lint`", measured: "10k not run", met: nil))
    }
    return targets
  }

  private func targetsTable() -> String {
    var rows = ["| target (issue 11) | measured | met |", "|---|---|---|"]
    for target in targets {
      let verdict = target.met.map { $0 ? "met" : "**not met**" } ?? "not measured"
      rows.append("| \(target.name) | \(target.measured) | \(verdict) |")
    }
    return rows.joined(separator: "\n")
  }

  // MARK: - Problems

  /// What makes the benchmark fail: a clean corpus that does not lint clean, a command with the
  /// wrong exit status, output that differs between runs, mistakes that go unnoticed.
  var problems: [String] {
    var found = sizes.flatMap { $0.measurements.flatMap(\.problems) } + stdin.flatMap(\.problems)
    for size in sizes {
      for (key, report) in size.stages.sorted(by: { $0.key < $1.key }) {
        if key.hasPrefix("clean"), report.diagnostics > 0 {
          found.append(
            "\(size.size.label) \(key): a clean corpus must lint clean, but has \(report.diagnostics) diagnostics:\n\n"
              + report.excerpt)
        }
        if key.hasPrefix("mistakes"), report.errors == 0 {
          found.append("\(size.size.label) \(key): the mistakes were not reported")
        }
        if report.entryCount != size.clean.entryCount {
          found.append(
            "\(size.size.label) \(key): \(report.entryCount) entries found, \(size.clean.entryCount) written")
        }
      }
    }
    return found
  }

  // MARK: - Formatting

  private func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    let text = String(format: "%.\(decimals)f", value)
    guard decimals == 0, value >= 10_000 else { return text }
    // Thousands separators for large whole numbers.
    var digits = Array(text)
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }

  private func seconds(_ value: Double) -> String { fixed(value, value < 0.1 ? 3 : 2) }

  private func loadText(_ load: Double?) -> String { load.map { fixed($0, 1) } ?? "–" }
}
