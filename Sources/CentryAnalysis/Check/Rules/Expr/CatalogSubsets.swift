import CentryCore
import CentryModel

extension Example {
  /// An example linted with a service catalog (the JSON of ``ServiceCatalog``).
  public init(_ text: String, catalog: String, file: String = #filePath, line: Int = #line) {
    self.init(text, file: file, line: line)
    self.catalog = catalog
  }
}

/// A resolver subset evaluated against the catalog.
struct EvaluatedSubset {
  var name: String
  var service: String
  /// The `Filter` value when written (and non-empty).
  var filter: Located<String>?
  /// Where to report: the filter value, else the subset's key.
  var range: SourceRange
  /// Indexes of the selected instances in the catalog's list for ``service``.
  var selected: [Int]
  var instanceCount: Int
  var onlyPassing: Bool
}

enum CatalogSubsets {
  /// Every subset of every resolver whose service the catalog knows, with the instances it
  /// selects; subsets whose filter does not parse or type-check are left out (other rules report
  /// them).
  static func evaluate(_ context: CheckContext) -> [[EvaluatedSubset]] {
    guard let catalog = context.catalog else { return [] }
    var groups: [[EvaluatedSubset]] = []
    for decoded in context.entries.entries(of: .serviceResolver) {
      guard case .serviceResolver(let resolver) = decoded.entry else { continue }
      let service = decoded.entry.effectiveName
      let instances = catalog.instances(of: service)
      guard !instances.isEmpty else { continue }
      var group: [EvaluatedSubset] = []
      for subset in resolver.subsets.orEmpty() {
        let filter = subset.value.value.filter.flatMap { $0.value.isEmpty ? nil : $0 }
        var candidates = Array(instances.indices)
        if let filter {
          guard case .success(let tree) = FilterParser.parse(filter.value), FilterChecker.check(tree).isEmpty else {
            continue
          }
          candidates = candidates.filter { FilterEvaluator.evaluate(tree, on: instances[$0].json) }
        }
        if subset.value.value.onlyPassing?.value == true {
          candidates = candidates.filter { allChecksPassing(instances[$0].json) }
        }
        group.append(
          EvaluatedSubset(
            name: subset.key, service: service, filter: filter, range: filter?.valueRange ?? subset.keyRange,
            selected: candidates, instanceCount: instances.count,
            onlyPassing: subset.value.value.onlyPassing?.value == true))
      }
      groups.append(group)
    }
    return groups
  }

  /// Consul's `OnlyPassing`: every health check of the instance is `passing`.
  static func allChecksPassing(_ instance: CatalogJSON) -> Bool {
    guard case .array(let checks)? = instance["Checks"] else { return true }
    return checks.allSatisfy { $0["Status"] == .string("passing") }
  }

  /// Instance names for messages: at most three, then a count.
  static func names(_ indexes: [Int], service: String, in catalog: ServiceCatalog?) -> String {
    let instances = catalog?.instances(of: service) ?? []
    let shown = indexes.prefix(3).compactMap { $0 < instances.count ? "`\(instances[$0].id)`" : nil }
    let more = indexes.count > 3 ? " and \(indexes.count - 3) more" : ""
    return shown.joined(separator: ", ") + more
  }
}
