import ArgumentParser
import CentryAnalysis
import CentryCore
import CentryEmit
import CentryEngine
import CentryRender

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

  /// Runs the chain pipeline over the inputs (laid over the live entries with `--consul`). On
  /// errors prints the diagnostics on stderr in `format` and exits 1. Otherwise returns the
  /// compiled chain (printing a note on stderr when no entry names the service).
  func compile(reporting format: OutputFormat) async throws -> (chain: CompiledChain, sources: SourceMap) {
    let files = try input.load()
    let liveEntries = try await live.liveEntries()
    var options = ChainOptions(trustDomain: trustDomain, datacenter: datacenter)
    options.peers = try peering.peers()
    let result = ChainQuery.run(service: service, files: files, live: liveEntries, options: options)
    switch result.outcome {
    case .refused:
      Output.stderr(format.render(result.report, decorator: ColorChoice.auto.stderrDecorator))
      throw ExitCode(ExitStatus.problemsFound)
    case .failed(let message):
      throw ToolFailure(message)
    case .compiled(let chain, let named):
      if !named {
        Output.stderr(
          "note: no service-defaults, service-router, service-splitter or service-resolver for `\(service)` in the inputs\(live.consul ? " or in Consul" : ""); this is Consul's default chain\n"
        )
      }
      return (chain, result.report.sources)
    }
  }
}
