import ArgumentParser
import CentryAnalysis
import CentryEmit

/// `centry route SERVICE [INPUT…] --path P`: where Envoy would send a request.
struct Route: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Simulate Envoy's route matching for a request to a service: route, splits, targets.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var chainInput: ChainInputOptions

  @Option(help: "Request path, optionally with a query string (/v2?debug=1).")
  var path: String

  @Option(help: "Request method.")
  var method = "GET"

  @Option(name: .customLong("header"), help: ArgumentHelp("A request header (repeatable).", valueName: "name=value"))
  var headers: [String] = []

  @Option(name: .customLong("query"), help: ArgumentHelp("A query parameter (repeatable).", valueName: "name=value"))
  var queries: [String] = []

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func validate() throws {
    guard path.hasPrefix("/") else { throw ValidationError("--path must start with `/`") }
    for pair in headers + queries where !pair.contains("=") {
      throw ValidationError("`\(pair)` is not name=value")
    }
  }

  func run() async throws {
    // Diagnostics follow the output: JSON with `--format json`, else text.
    let (chain, sources) = try await chainInput.compile(reporting: format == .json ? .json : .text)
    let request = SimulatedRequest(
      path: path, method: method, headers: headers.map(Route.pair), query: queries.map(Route.pair))
    let outcome = RouteSimulator.route(request, through: chain)
    switch format {
    case .text: Output.stdout(RouteReport.text(outcome, request: request, chain: chain, sources: sources))
    case .json: Output.stdout(RouteReport.json(outcome, request: request, chain: chain, sources: sources))
    }
  }

  static func pair(_ text: String) -> (name: String, value: String) {
    let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
  }
}
