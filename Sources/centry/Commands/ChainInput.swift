import ArgumentParser
import CentryKit

extension ChainExplain.Format: ExpressibleByArgument {}

/// What `explain` and `route` share: the service, the inputs, the naming options, and the rule
/// that a set with lint errors is not compiled.
struct ChainInputOptions: ParsableArguments {
  @Argument(help: "The service whose discovery chain to compile.")
  var service: String

  @OptionGroup var input: InputOptions

  @Option(help: "Trust domain for cluster names and SNIs.")
  var trustDomain = ChainOptions.defaultTrustDomain

  @Option(help: "Datacenter of local targets.")
  var datacenter = ChainOptions.defaultDatacenter

  @OptionGroup var live: LiveOptions
  @OptionGroup var peering: PeerOptions

  /// Lints the inputs; on errors prints the diagnostics on stderr and exits 1. Otherwise returns
  /// the compiled chain (printing a note on stderr when no entry names the service).
  func compile() async throws -> (chain: CompiledChain, sources: SourceMap) {
    let files = try input.load()
    var report = Linter.lint(files)
    var summary = report.summary
    if let entries = try await live.liveEntries() {
      let overlay = LiveOverlay.lint(files, live: entries)
      (report, summary) = (overlay.lint, overlay.summary)
    }
    if report.errorCount > 0 {
      Output.stderr(OutputFormat.text.render(report.diagnostics, sources: report.sources, summary: summary))
      throw ExitCode(ExitStatus.problemsFound)
    }
    let names = ChainCompiler.services(in: report.entries)
    let known = names.first { $0.lowercased() == service.lowercased() }
    if known == nil {
      Output.stderr(
        "note: no service-defaults, service-router, service-splitter or service-resolver for `\(service)` in the inputs; this is Consul's default chain\n"
      )
    }
    var options = ChainOptions(trustDomain: trustDomain, datacenter: datacenter)
    options.peers = try peering.peers()
    let compilation = ChainCompiler.compile(service: known ?? service, entries: report.entries, options: options)
    // Lint compiled every named chain with Consul's dc1 already; another datacenter can only
    // rename targets, but stay safe.
    if !compilation.errors.isEmpty {
      for error in compilation.errors { Output.stderr("error[\(error.kind.ruleID)]: \(error.summary)\n") }
      throw ExitCode(ExitStatus.problemsFound)
    }
    return (compilation.chain, report.sources)
  }
}
