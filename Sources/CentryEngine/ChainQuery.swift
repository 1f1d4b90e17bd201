import CentryAnalysis
import CentryCore

/// The pipeline of `centry explain` and `centry route`: lint the inputs (compiling every chain
/// once, with the query's options), refuse on errors, and hand out the service's chain from that
/// run.
public enum ChainQuery {
  /// The outcome of a query.
  public struct Result: Sendable {
    public enum Outcome: Sendable {
      /// The chain of the service. `named` is false when no entry names the service (Consul's
      /// default chain).
      case compiled(CompiledChain, named: Bool)
      /// The inputs have errors; the report's diagnostics say which (exit 1).
      case refused
      /// The chain does not compile although lint found no error (exit 2).
      case failed(String)
    }

    /// Everything lint found.
    public var report: LintReport
    public var outcome: Outcome
  }

  /// The chain of `service` (matched case-insensitively, as Consul matches entry names) over
  /// `files` as one set, laid over `live` (the entries of a live Consul, `--consul`) when given.
  public static func run(
    service: String, files: [SourceFile], live: [LiveEntry] = [], options: ChainOptions = ChainOptions()
  ) -> Result {
    let report = Linter.lint(files, over: live, options: LintOptions(chains: options))
    guard report.errorCount == 0 else { return Result(report: report, outcome: .refused) }
    let known = ChainCompiler.services(in: report.entries).first { $0.lowercased() == service.lowercased() }
    let compilation = report.chain(for: known ?? service)
    // The chain rules reported every error of the chains lint compiled, and Consul's default
    // chain of a service no entry names has nothing that could fail: this is a safety net.
    if let error = compilation.errors.first {
      return Result(
        report: report,
        outcome: .failed("discovery chain `\(compilation.chain.serviceName)` does not compile: \(error.message)"))
    }
    return Result(report: report, outcome: .compiled(compilation.chain, named: known != nil))
  }
}
