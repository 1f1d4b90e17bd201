import CentryAnalysis
import CentryCore
import CentryEmit
import CentryModel

/// What `centry diff` reports: per input entry, the unified diff of its body against the live one,
/// and the traffic impact of writing them all.
public struct ConfigDiff: Sendable {
  /// One input entry compared with its live version.
  public struct EntryDiff: Sendable {
    /// `service-splitter/web`.
    public var label: String
    /// The input file it came from.
    public var file: String
    public var status: PlannedWrite.Status
    /// The live entry's ModifyIndex (`nil` when new).
    public var modifyIndex: UInt64?
    /// The unified diff of the normalised bodies (`""` when unchanged).
    public var diff: String
  }

  public var entries: [EntryDiff]
  public var impact: TrafficImpact

  /// True when writing the inputs would change anything Consul stores.
  public var hasChanges: Bool { entries.contains { $0.status != .unchanged } }

  /// The outcome of `centry diff`.
  public struct Result: Sendable {
    public enum Outcome: Sendable {
      case compared(ConfigDiff)
      /// The inputs have errors; the report says which (`write` would refuse them).
      case refused
      /// Nothing can be compared although lint accepted the inputs.
      case failed(WritePlan.Failure)
    }

    /// Everything lint found (the inputs laid over the live entries).
    public var report: LintReport
    public var outcome: Outcome
  }

  /// The pipeline of `centry diff`: plans the writes of `files` over `live` (``WritePlan``), then
  /// compares each with its live version and the discovery chains before and after.
  public static func run(files: [SourceFile], live: [LiveEntry], options: LintOptions = LintOptions()) -> Result {
    let plan = WritePlan.run(files: files, live: live, options: options)
    switch plan.outcome {
    case .refused: return Result(report: plan.report, outcome: .refused)
    case .failed(let failure): return Result(report: plan.report, outcome: .failed(failure))
    case .planned(let planned):
      let before = Linter.lint(live.map(\.sourceFile), options: options)
      return Result(
        report: plan.report,
        outcome: .compared(compute(inputs: planned, live: live, before: before, after: plan.report)))
    }
  }

  /// Compares `inputs` with `live`. `before` is the lint of the live entries alone, `after` that
  /// of the inputs laid over them: their compiled chains are what the traffic impact compares.
  static func compute(inputs: [PlannedWrite], live: [LiveEntry], before: LintReport, after: LintReport) -> ConfigDiff {
    var byKey: [EntrySet.Key: LiveEntry] = [:]
    for entry in live { byKey[entry.key] = entry }
    var entries: [EntryDiff] = []
    for input in inputs {
      let current = byKey[EntrySet.Key(kind: input.kind, name: input.name)]
      let file = after.sources[input.entry.file].name
      let diff = BodyDiff.unified(
        live: current?.body, input: input.body, liveName: "consul \(input.label)",
        inputName: "\(file) \(input.label)")
      entries.append(
        EntryDiff(
          label: input.label, file: file, status: input.status(against: current), modifyIndex: current?.modifyIndex,
          diff: diff))
    }
    return ConfigDiff(entries: entries, impact: TrafficImpact.compare(before: before, after: after))
  }

  /// The diffs, a one-line account, then the traffic impact.
  public var text: String {
    var out = ""
    for entry in entries where entry.status != .unchanged { out += entry.diff }
    let changed = entries.filter { $0.status != .unchanged }
    let unchanged = entries.filter { $0.status == .unchanged }
    if !out.isEmpty { out += "\n" }
    if changed.isEmpty {
      out += "no changes: \(count(entries.count)) match\(entries.count == 1 ? "es" : "") Consul\n"
    } else {
      let list = changed.map { "\($0.label) (\($0.status.rawValue))" }.joined(separator: ", ")
      out += "\(count(changed.count)) would change: \(list)\n"
      if !unchanged.isEmpty { out += "unchanged: \(unchanged.map(\.label).joined(separator: ", "))\n" }
    }
    return out + "\n" + impact.text
  }

  /// `{"changed":…,"entries":[{"entry","file","status","modifyIndex","diff"}],"impact":[…]}`.
  public var json: JSONValue {
    .object([
      ("changed", .bool(hasChanges)),
      (
        "entries",
        .array(
          entries.map { entry in
            .object([
              ("entry", .string(entry.label)), ("file", .string(entry.file)),
              ("status", .string(entry.status.rawValue)),
              ("modifyIndex", entry.modifyIndex.map { .number(String($0)) } ?? .null), ("diff", .string(entry.diff)),
            ])
          })
      ),
      ("impact", impact.json),
    ])
  }

  private func count(_ number: Int) -> String { number == 1 ? "1 entry" : "\(number) entries" }
}
