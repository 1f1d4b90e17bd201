import ArgumentParser
import CentryKit

@main
struct Centry: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centry",
    abstract: "Compile and lint HashiCorp Consul config entries.")
}
