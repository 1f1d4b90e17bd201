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

  /// Compares `inputs` with `live`. `after` is the entry set with the inputs overlaid on the live
  /// entries (``LiveOverlay``); `sources` names the input files.
  public static func compute(
    inputs: [PlannedWrite], live: [LiveEntry], after: EntrySet, sources: SourceMap,
    options: ChainOptions = ChainOptions()
  ) -> ConfigDiff {
    var byKey: [EntrySet.Key: LiveEntry] = [:]
    for entry in live { byKey[entry.key] = entry }
    var entries: [EntryDiff] = []
    for input in inputs {
      let current = byKey[EntrySet.Key(kind: input.kind, name: input.name)]
      let file = sources[input.entry.file].name
      let diff = BodyDiff.unified(
        live: current?.body, input: input.body, liveName: "consul \(input.label)",
        inputName: "\(file) \(input.label)")
      entries.append(
        EntryDiff(
          label: input.label, file: file, status: input.status(against: current), modifyIndex: current?.modifyIndex,
          diff: diff))
    }
    let impact = TrafficImpact.compare(before: LiveOverlay.liveSet(live), after: after, options: options)
    return ConfigDiff(entries: entries, impact: impact)
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
              ("modifyIndex", entry.modifyIndex.map { APIObject.integer($0) } ?? .null), ("diff", .string(entry.diff)),
            ])
          })
      ),
      ("impact", impact.json),
    ])
  }

  private func count(_ number: Int) -> String { number == 1 ? "1 entry" : "\(number) entries" }
}
