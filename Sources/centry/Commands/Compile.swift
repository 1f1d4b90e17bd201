import ArgumentParser
import CentryEmit
import CentryEngine
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CompileTarget: ExpressibleByArgument {}

/// `centry compile [INPUT…] --to json|envoy`: emit what Consul would send or generate.
struct Compile: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Emit the JSON body `consul config write` sends, or the Envoy resources Consul generates.",
    discussion: """
      --to json prints the body of PUT /v1/config (one object, or an array for several entries). \
      --to envoy prints the RouteConfiguration and Clusters a connect proxy receives for each \
      upstream service (all services with a discovery chain unless --service is given); --for names \
      the proxy's service, whose service-defaults UpstreamConfig then applies, and --peer supplies \
      what the peerings know. Values that come from runtime data are placeholders, listed in notes \
      on stderr. Nothing is printed on stdout when the input has errors; diagnostics go to stderr.
      Exit status: 0 emitted, 1 errors in the input (or warnings with --strict), 2 the tool failed.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var report: ReportOptions

  @Option(help: "What to emit: json or envoy (crd and hcl are not supported yet).")
  var to: CompileTarget

  @Option(
    help: ArgumentHelp(
      "--to envoy: the upstream service to render (default: every service with a chain).", valueName: "name"))
  var service: String?

  @Option(
    help: ArgumentHelp(
      "--to envoy: the mesh trust domain (default: \(EnvoyOptions.defaultTrustDomain)).", valueName: "domain"))
  var trustDomain: String?

  @Option(
    help: ArgumentHelp(
      "--to envoy: the local datacenter (default: \(EnvoyOptions.defaultDatacenter)).", valueName: "dc"))
  var datacenter: String?

  @Option(
    help: ArgumentHelp(
      "--to envoy: the Consul release to reproduce, MAJOR.MINOR[.PATCH] (default: the newest, 1.22.7 and later; PrefixRewrite \"/\" is a prefix_rewrite up to 1.22.0).",
      valueName: "version"))
  var consul: ConsulVersion?

  @Option(
    name: .customLong("for"),
    help: ArgumentHelp(
      "--to envoy: the service whose proxy receives the resources; its service-defaults UpstreamConfig applies.",
      valueName: "service"))
  var downstream: String?

  @OptionGroup var peering: PeerOptions

  func validate() throws {
    if to != .envoy,
      service != nil || trustDomain != nil || datacenter != nil || consul != nil || downstream != nil
        || !peering.peer.isEmpty
    {
      throw ValidationError(
        "--service, --trust-domain, --datacenter, --consul, --for and --peer apply to --to envoy only")
    }
  }

  func run() throws {
    guard to.isImplemented else {
      throw ToolFailure("`compile --to \(to.rawValue)` is not supported yet (supported: json, envoy)")
    }
    let files = try input.load()
    let envoy = EnvoyOptions(
      trustDomain: trustDomain ?? EnvoyOptions.defaultTrustDomain,
      datacenter: datacenter ?? EnvoyOptions.defaultDatacenter,
      consul: consul ?? .newest, downstream: downstream, peers: try peering.peers())
    let options = CompileOptions(target: to, service: service, envoy: envoy, strict: report.strict)
    let result = Compiler.compile(files, options: options)
    KeptUntilExit.keep(result)
    if !result.report.diagnostics.isEmpty {
      let color = report.color.usesColor(
        isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
      Output.stderr(report.format.render(result.report, decorator: color ? .ansi : .plain))
    }
    for note in result.notes { Output.stderr("note: \(note)\n") }
    switch result.outcome {
    case .emitted(let text): Output.stdout(text)
    case .refused: throw ExitCode(ExitStatus.problemsFound)
    case .failed(let message): throw ToolFailure(message)
    }
  }
}
