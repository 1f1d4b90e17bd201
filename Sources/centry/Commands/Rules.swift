import ArgumentParser
import CentryAnalysis
import CentryCore
import CentryEngine

/// `centry rules [RULE]`: the rule catalogue.
struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the rules, or show one rule's full text and examples.")

  @Argument(
    help: "A rule ID, e.g. unknown-field.",
    completion: .custom { _, _, _ in RuleRegistry.descriptions.map(\.id.rawValue) })
  var rule: String?

  func run() throws {
    let catalog = RuleCatalog(rules: RuleRegistry.descriptions)
    guard let id = rule else {
      Output.stdout(catalog.list())
      return
    }
    guard let description = RuleRegistry.description(for: RuleID(id)) else {
      var message = "unknown rule `\(id)`"
      if let guess = catalog.closest(to: id) { message += "; did you mean `\(guess)`?" }
      throw ToolFailure(message + " (`centry rules` lists them all)")
    }
    Output.stdout(catalog.detail(description))
  }
}
