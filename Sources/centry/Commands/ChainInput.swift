import ArgumentParser
import CentryAnalysis
import CentryCore
import CentryEmit
import CentryEngine
import CentryRender
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  @OptionGroup var peering: PeerOptions

  /// Runs the chain pipeline over the inputs. On errors prints the diagnostics on stderr in
  /// `format` and exits 1. Otherwise returns the compiled chain (printing a note on stderr when
  /// no entry names the service).
  func compile(reporting format: OutputFormat) throws -> (chain: CompiledChain, sources: SourceMap) {
    let files = try input.load()
    var options = ChainOptions(trustDomain: trustDomain, datacenter: datacenter)
    options.peers = try peering.peers()
    let result = ChainQuery.run(service: service, files: files, options: options)
    switch result.outcome {
    case .refused:
      let color = ColorChoice.auto.usesColor(
        isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
      Output.stderr(format.render(result.report, decorator: color ? .ansi : .plain))
      throw ExitCode(ExitStatus.problemsFound)
    case .failed(let message):
      throw ToolFailure(message)
    case .compiled(let chain, let named):
      if !named {
        Output.stderr(
          "note: no service-defaults, service-router, service-splitter or service-resolver for `\(service)` in the inputs; this is Consul's default chain\n"
        )
      }
      return (chain, result.report.sources)
    }
  }
}
