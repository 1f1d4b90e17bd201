import CentryAnalysis
import CentryCore
import CentryModel

/// The pipeline of `centry write` and `centry diff`: lint the inputs (laid over the live entries
/// when given), refuse on errors (or warnings under `strict`), and plan the writes of the inputs'
/// entries in ``WriteOrder``.
public enum WritePlan {
  /// The outcome of planning.
  public struct Result: Sendable {
    public enum Outcome: Sendable {
      /// The writes, in order (at least one).
      case planned([PlannedWrite])
      /// The inputs have errors (or warnings under `strict`); the report says which (exit 1).
      case refused
      /// Nothing can be written although lint accepted the inputs (exit 2).
      case failed(Failure)
    }

    /// Everything lint found.
    public var report: LintReport
    public var outcome: Outcome

    /// Whether the set was refused only by checks across entries (discovery-chain rules, whose
    /// verdict depends on the other entries of the service), so that linting it on top of the
    /// entries already in Consul may accept it: a lone splitter whose resolver and protocol are
    /// live, say. A duplicate among the inputs is not of this kind: no live entry undoes it.
    public func refusedOnlyAcrossEntries(strict: Bool) -> Bool {
      guard case .refused = outcome else { return false }
      let refusing = report.diagnostics.filter { $0.severity == .error || (strict && $0.severity == .warning) }
      return !refusing.isEmpty
        && refusing.allSatisfy { Self.crossEntryRules.contains($0.rule) && $0.rule != .duplicateEntry }
    }

    private static let crossEntryRules = Set(ChainRules.all.map { type(of: $0).description.id })
  }

  /// Why a set lint accepts cannot be planned.
  public enum Failure: Error, Sendable, Equatable {
    /// Entries of kinds centry does not model, so cannot encode (sorted).
    case unsupported([EntryKind])
    /// The inputs hold no entry.
    case empty

    /// `cannot write `mesh` entries yet (centry does not model them)` with `verb` = `write`.
    public func message(verb: String) -> String {
      switch self {
      case .unsupported(let kinds):
        let list = kinds.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        return "cannot \(verb) \(list) entries yet (centry does not model them)"
      case .empty: return "no config entries to \(verb)"
      }
    }
  }

  /// Lints `files` over `live` and plans the writes of the inputs' entries.
  public static func run(
    files: [SourceFile], live: [LiveEntry] = [], options: LintOptions = LintOptions(), strict: Bool = false
  ) -> Result {
    let report = Linter.lint(files, over: live, options: options)
    if report.errorCount > 0 || (strict && report.warningCount > 0) {
      return Result(report: report, outcome: .refused)
    }
    switch PlannedWrite.plan(LiveOverlay.inputEntries(of: report)) {
    case .failure(let failure): return Result(report: report, outcome: .failed(failure))
    case .success(let planned) where planned.isEmpty: return Result(report: report, outcome: .failed(.empty))
    case .success(let planned): return Result(report: report, outcome: .planned(planned))
    }
  }
}
