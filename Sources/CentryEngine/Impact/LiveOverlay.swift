import CentryCore
import CentryModel

/// The inputs overlaid on the entries of a live Consul, as `lint --consul`, `explain`/`route
/// --consul`, `diff` and `write --consul` see them: each input replaces the live entry with the
/// same kind and (case-insensitive) name, and every other live entry stays, so one file is checked
/// in the context of everything already written (as `istioctl analyze` overlays files on a live
/// cluster).
enum LiveOverlay {
  /// The live entries no input replaces, in the order given.
  static func remaining(_ live: [LiveEntry], replacedBy inputs: EntrySet) -> [LiveEntry] {
    live.filter { inputs.entry(kind: $0.kind, name: $0.name) == nil }
  }

  /// The entries of `report` that come from its input files (not from live entries).
  static func inputEntries(of report: LintReport) -> EntrySet {
    let inputs = report.fileCount
    return EntrySet(report.entries.all.filter { $0.file.index < inputs })
  }

  /// A diagnostic's identity across two lint runs with different file IDs.
  struct Fingerprint: Hashable {
    var rule: RuleID
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

extension Linter {
  /// Lints `files` laid over `live`: the report's sources are the inputs, then the live entries
  /// no input replaces (named `consul:KIND/NAME`, counted in ``LintReport/liveFileCount``). Its
  /// diagnostics are those of the inputs, plus those in live entries that the live entries alone
  /// do not have (what the inputs break elsewhere); its entry count is the inputs'. Without live
  /// entries this is ``lint(_:options:)``.
  public static func lint(_ files: [SourceFile], over live: [LiveEntry], options: LintOptions = LintOptions())
    -> LintReport
  {
    let inputs = lint(files, options: options)
    if live.isEmpty { return inputs }
    let liveFiles = LiveOverlay.remaining(live, replacedBy: inputs.entries).map(\.sourceFile)
    if liveFiles.isEmpty { return inputs }
    var overlay = lint(files + liveFiles, options: options)
    // What the live entries report on their own (all of them, replaced ones included) is not
    // the inputs' doing.
    let baseline = lint(live.map(\.sourceFile), options: options)
    let known = Set(baseline.diagnostics.map { LiveOverlay.Fingerprint($0, baseline.sources) })
    overlay.diagnostics = overlay.diagnostics.filter { diagnostic in
      diagnostic.range.file.index < files.count
        || !known.contains(LiveOverlay.Fingerprint(diagnostic, overlay.sources))
    }
    overlay.entryCount = inputs.entryCount
    overlay.liveFileCount = liveFiles.count
    return overlay
  }
}
