import CentryAnalysis
import CentryCore

extension Example {
  /// The options to lint this example with (its catalog, when it has one).
  public var lintOptions: LintOptions {
    guard let catalog, case .success(let parsed) = ServiceCatalog.parse(Array(catalog.utf8)) else {
      return LintOptions()
    }
    return LintOptions(catalog: parsed)
  }
}
