import CentryCore
import CentryModel

/// Every (service, subset) pair the entry set refers to, for rules about unused subsets.
struct SubsetReferences {
  /// Lower-cased service name → subset names used.
  private(set) var used: [String: Set<String>] = [:]
  /// Lower-cased names of services some router or splitter in the set sends traffic to.
  private(set) var routed: Set<String> = []

  init(_ context: CheckContext) {
    for entry in context.entries.all {
      let own = entry.entry.effectiveName
      if let router = entry.serviceRouter {
        routed.insert(own.lowercasedCheaply)
        for route in router.routes.orEmpty() {
          let destination = route.value.destination?.value
          let service = SubsetReferences.service(destination?.service, default: own)
          routed.insert(service.lowercasedCheaply)
          use(service, destination?.serviceSubset)
        }
      }
      if let splitter = entry.serviceSplitter {
        routed.insert(own.lowercasedCheaply)
        for split in splitter.splits.orEmpty() {
          let service = SubsetReferences.service(split.value.service, default: own)
          routed.insert(service.lowercasedCheaply)
          use(service, split.value.serviceSubset)
        }
      }
      if let resolver = entry.serviceResolver {
        use(own, resolver.defaultSubset)
        if let redirect = resolver.redirect?.value {
          use(SubsetReferences.service(redirect.service, default: own), redirect.serviceSubset)
        }
        for failover in resolver.failover.orEmpty() {
          let value = failover.value.value
          use(SubsetReferences.service(value.service, default: own), value.serviceSubset)
          for target in value.targets.orEmpty() {
            use(SubsetReferences.service(target.value.service, default: own), target.value.serviceSubset)
          }
        }
      }
    }
    // Targets the compiler reached (default subsets of other services, redirects followed).
    for service in context.chainServices {
      for target in context.chains[service]?.chain.targets ?? [] {
        if let subset = target.subset { used[target.service.lowercasedCheaply, default: []].insert(subset) }
      }
    }
  }

  static func service(_ written: Located<String>?, default own: String) -> String {
    guard let written, !written.value.isEmpty else { return own }
    return written.value
  }

  mutating func use(_ service: String, _ subset: Located<String>?) {
    guard let subset, !subset.value.isEmpty else { return }
    used[service.lowercasedCheaply, default: []].insert(subset.value)
  }

  func isUsed(service: String, subset: String) -> Bool {
    used[service.lowercasedCheaply]?.contains(subset) ?? false
  }

  func isRouted(_ service: String) -> Bool { routed.contains(service.lowercasedCheaply) }
}
