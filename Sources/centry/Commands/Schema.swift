import ArgumentParser
import CentryEmit
import CentryModel

extension SchemaFormat: ExpressibleByArgument {}

/// `centry schema [KIND]`: the fields of a config entry kind, from its description.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the described kinds, or show one kind's fields as a tree.",
    discussion: """
      For each field: its name, the snake_case alias Consul accepts (if any), its type, Consul's \
      default, whether it is an Enterprise feature and what it does. --format json adds how the \
      JSON body writes each field and its consul-k8s resource key; --format markdown is the page \
      under docs/kinds/.
      """)

  @Argument(
    help: "A config entry kind, e.g. service-router.",
    completion: .custom { _, _, _ in SchemaCatalog.kinds.compactMap(\.kind?.rawValue) })
  var kind: String?

  @Option(help: "Output format: text, json or markdown.")
  var format: SchemaFormat = .text

  func run() throws {
    guard let kind else {
      Output.stdout(SchemaCatalog.list(format))
      return
    }
    switch SchemaCatalog.lookup(kind) {
    case .success(let info): Output.stdout(SchemaCatalog.describe(info, format))
    case .failure(let failure): throw ToolFailure(failure.message)
    }
  }
}
