/// The inputs overlaid on the entries of a live Consul, as `lint --consul`, `diff` and `write
/// --consul` see them: each input replaces the live entry with the same kind and
/// (case-insensitive) name, and every other live entry stays, so one file is checked in the context
/// of everything already written (as `istioctl analyze` overlays files on a live cluster).
public enum LiveOverlay {
  /// The result of linting the overlay.
  public struct Report: Sendable {
    /// Diagnostics of the inputs, plus those in live entries that the live entries alone do not
    /// have (what the inputs break elsewhere); live files are named `consul:KIND/NAME`.
    public var lint: LintReport
    /// Totals that count the input files and entries only.
    public var summary: RunSummary
  }

  /// The live entries no input replaces, in the order given.
  public static func remaining(_ live: [LiveEntry], replacedBy inputs: EntrySet) -> [LiveEntry] {
    live.filter { inputs.entry(kind: $0.kind, name: $0.name) == nil }
  }

  /// The entry set of the live entries alone (for the "before" side of a traffic comparison).
  public static func liveSet(_ live: [LiveEntry]) -> EntrySet {
    Linter.lint(live.map(\.sourceFile)).entries
  }

  /// Lints `files` on top of `live`.
  public static func lint(_ files: [SourceFile], live: [LiveEntry], options: LintOptions = LintOptions()) -> Report {
    let inputs = Linter.lint(files, options: options)
    let kept = remaining(live, replacedBy: inputs.entries)
    let liveFiles = kept.map(\.sourceFile)
    var overlay = Linter.lint(files + liveFiles, options: options)
    if !liveFiles.isEmpty {
      // What the live entries report on their own (all of them, replaced ones included) is not
      // the inputs' doing.
      let baseline = Linter.lint(live.map(\.sourceFile), options: options)
      let known = Set(baseline.diagnostics.map { Fingerprint($0, baseline.sources) })
      let inputFileCount = files.count
      overlay.diagnostics = overlay.diagnostics.filter { diagnostic in
        diagnostic.range.file.index < inputFileCount || !known.contains(Fingerprint(diagnostic, overlay.sources))
      }
    }
    overlay.entryCount = inputs.entryCount
    var summary = overlay.summary
    summary.files = files.count
    return Report(lint: overlay, summary: summary)
  }

  /// A diagnostic's identity across two lint runs with different file IDs.
  private struct Fingerprint: Hashable {
    var rule: String
    var message: String
    var file: String
    var start: Int
    var end: Int

    init(_ diagnostic: Diagnostic, _ sources: SourceMap) {
      rule = diagnostic.rule
      message = diagnostic.message
      file = sources[diagnostic.range.file].name
      start = diagnostic.range.start
      end = diagnostic.range.end
    }
  }
}
