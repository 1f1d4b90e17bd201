import ArgumentParser
import CentryEmit

/// `centry explain SERVICE [INPUT…]`: the compiled discovery chain of a service.
struct Explain: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the compiled discovery chain of a service: routes, splits, resolver targets.",
    discussion: """
      The inputs form one set, compiled as Consul does. On lint errors the diagnostics go to \
      stderr and the exit status is 1.
      """)

  @OptionGroup var chainInput: ChainInputOptions

  @Option(help: "Output format: text, mermaid (flowchart) or dot (Graphviz).")
  var format: ChainExplain.Format = .text

  func run() async throws {
    let (chain, sources) = try await chainInput.compile(reporting: .text)
    Output.stdout(ChainExplain.render(chain, format: format, sources: sources))
  }
}
