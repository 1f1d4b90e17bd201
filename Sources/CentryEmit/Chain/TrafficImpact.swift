import CentryAnalysis
import CentryCore
import CentryModel

/// What a write would change for traffic: the discovery chain of every service compiled twice, on
/// the live entries and on the live entries with the inputs overlaid, and the differences described
/// per route and per target.
///
/// Routes are identified by their match (`GET /api*`, `/* [x-version=2]`), so an edit of a route's
/// destination is a changed route, not a removed and an added one. A chain without a router has one
/// route, `/*`, the same label as a router's catch-all, so adding a router shows only the new routes.
public struct TrafficImpact: Sendable {
  /// The changes of one service's chain.
  public struct ServiceImpact: Sendable, Equatable {
    public var service: String
    public var changes: [Change]
  }

  /// One difference between the two chains of a service.
  public enum Change: Sendable, Equatable {
    case protocolChanged(old: String, new: String)
    /// A route that only the new chain has: its position (1-based) and its outcome.
    case routeAdded(route: String, position: Int, outcome: String)
    case routeRemoved(route: String, outcome: String)
    /// The order of the routes both chains have changed (first match wins, so this changes traffic).
    case routesReordered(old: [String], new: [String])
    /// The split of a route's traffic over targets changed.
    case splitChanged(route: String, old: String, new: String)
    /// A route setting (timeouts, retries, rewrite, headers) changed.
    case routeSettingChanged(route: String, setting: String, old: String, new: String)
    /// A target setting (connect timeout, load balancer, failover, subset filter) changed.
    case targetSettingChanged(target: String, setting: String, old: String, new: String)
    /// The new entries do not compile for this service (Consul rejects the write).
    case compileError(message: String)

    /// One line of text (`route /api* : 100% v1 → 90% v1, 10% v2`).
    public var text: String {
      switch self {
      case .protocolChanged(let old, let new): "protocol \(old) → \(new)"
      case .routeAdded(let route, let position, let outcome): "new route \(route) (position \(position)) → \(outcome)"
      case .routeRemoved(let route, let outcome): "removed route \(route) (was → \(outcome))"
      case .routesReordered(let old, let new):
        "routes reordered: \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
      case .splitChanged(let route, let old, let new): "route \(route) : \(old) → \(new)"
      case .routeSettingChanged(let route, let setting, let old, let new): "route \(route): \(setting) \(old) → \(new)"
      case .targetSettingChanged(let target, let setting, let old, let new):
        "target \(target): \(setting) \(old) → \(new)"
      case .compileError(let message): "does not compile: \(message)"
      }
    }

    /// The change as a JSON object (`{"change":"split-changed","route":…,"old":…,"new":…}`).
    public var json: JSONValue {
      switch self {
      case .protocolChanged(let old, let new):
        .object([("change", .string("protocol-changed")), ("old", .string(old)), ("new", .string(new))])
      case .routeAdded(let route, let position, let outcome):
        .object([
          ("change", .string("route-added")), ("route", .string(route)), ("position", .int(position)),
          ("new", .string(outcome)),
        ])
      case .routeRemoved(let route, let outcome):
        .object([("change", .string("route-removed")), ("route", .string(route)), ("old", .string(outcome))])
      case .routesReordered(let old, let new):
        .object([
          ("change", .string("routes-reordered")), ("old", .array(old.map(JSONValue.string))),
          ("new", .array(new.map(JSONValue.string))),
        ])
      case .splitChanged(let route, let old, let new):
        .object([
          ("change", .string("split-changed")), ("route", .string(route)), ("old", .string(old)),
          ("new", .string(new)),
        ])
      case .routeSettingChanged(let route, let setting, let old, let new):
        .object([
          ("change", .string("route-setting-changed")), ("route", .string(route)), ("setting", .string(setting)),
          ("old", .string(old)), ("new", .string(new)),
        ])
      case .targetSettingChanged(let target, let setting, let old, let new):
        .object([
          ("change", .string("target-setting-changed")), ("target", .string(target)),
          ("setting", .string(setting)), ("old", .string(old)), ("new", .string(new)),
        ])
      case .compileError(let message):
        .object([("change", .string("compile-error")), ("message", .string(message))])
      }
    }
  }

  /// Services whose traffic changes, sorted by name.
  public var services: [ServiceImpact]

  public var isEmpty: Bool { services.isEmpty }

  /// The chains of one service before and after a change, as the engine compiled them.
  public struct ChainPair: Sendable {
    public var service: String
    public var before: ChainCompilation
    public var after: ChainCompilation

    public init(service: String, before: ChainCompilation, after: ChainCompilation) {
      self.service = service
      self.before = before
      self.after = after
    }
  }

  /// Compares the two chains of every service (given in output order); services whose traffic
  /// does not change are left out.
  public static func compare(_ chains: [ChainPair]) -> TrafficImpact {
    var services: [ServiceImpact] = []
    for pair in chains {
      var changes: [Change]
      if let error = pair.after.errors.first, pair.before.errors.isEmpty {
        changes = [.compileError(message: error.message)]
      } else {
        changes = compare(ChainSummary(pair.before.chain), ChainSummary(pair.after.chain))
      }
      if !changes.isEmpty { services.append(ServiceImpact(service: pair.service, changes: changes)) }
    }
    return TrafficImpact(services: services)
  }

  static func compare(_ old: ChainSummary, _ new: ChainSummary) -> [Change] {
    var changes: [Change] = []
    if old.protocol != new.protocol { changes.append(.protocolChanged(old: old.protocol, new: new.protocol)) }
    let oldLabels = old.routes.map(\.label)
    let newLabels = new.routes.map(\.label)
    for route in old.routes where !newLabels.contains(route.label) {
      changes.append(.routeRemoved(route: route.label, outcome: route.outcomeText))
    }
    for (position, route) in new.routes.enumerated() where !oldLabels.contains(route.label) {
      changes.append(.routeAdded(route: route.label, position: position + 1, outcome: route.outcomeText))
    }
    let commonOld = oldLabels.filter { newLabels.contains($0) }
    let commonNew = newLabels.filter { oldLabels.contains($0) }
    if commonOld != commonNew { changes.append(.routesReordered(old: commonOld, new: commonNew)) }
    for route in new.routes {
      guard let before = old.routes.first(where: { $0.label == route.label }) else { continue }
      if !before.sameOutcome(as: route) {
        changes.append(.splitChanged(route: route.label, old: before.outcomeText, new: route.outcomeText))
      }
      changes += settingChanges(before.settings, route.settings) {
        .routeSettingChanged(route: route.label, setting: $0, old: $1, new: $2)
      }
    }
    for target in new.targets {
      guard let before = old.targets.first(where: { $0.id == target.id }) else { continue }
      changes += settingChanges(before.settings, target.settings) {
        .targetSettingChanged(target: target.label, setting: $0, old: $1, new: $2)
      }
    }
    return changes
  }

  private static func settingChanges(
    _ old: [(String, String)], _ new: [(String, String)], _ make: (String, String, String) -> Change
  ) -> [Change] {
    var changes: [Change] = []
    for (name, value) in new {
      let previous = old.first { $0.0 == name }?.1 ?? "none"
      if previous != value { changes.append(make(name, previous, value)) }
    }
    return changes
  }

  // MARK: - Rendering

  /// `traffic impact:` and one block per service, or `traffic impact: none`.
  public var text: String {
    if services.isEmpty { return "traffic impact: none\n" }
    var out = "traffic impact:\n"
    for service in services {
      out += "  \(service.service):\n"
      for change in service.changes { out += "    \(change.text)\n" }
    }
    return out
  }

  /// `[{"service":…,"changes":[…]}]`.
  public var json: JSONValue {
    .array(
      services.map { service in
        .object([("service", .string(service.service)), ("changes", .array(service.changes.map(\.json)))])
      })
  }
}

/// The parts of a compiled chain that decide where traffic goes, with stable labels.
struct ChainSummary {
  struct Route {
    var label: String
    /// Target label → percent, merged per target, in first-seen order.
    var outcome: [(target: String, weight: Float)]
    var settings: [(String, String)]

    var outcomeText: String {
      outcome.map { "\(SplitWeight.format($0.weight))% \($0.target)" }.joined(separator: ", ")
    }

    func sameOutcome(as other: Route) -> Bool {
      let mine = Dictionary(outcome.map { ($0.target, SplitWeight.units($0.weight) ?? 0) }, uniquingKeysWith: +)
      let theirs = Dictionary(other.outcome.map { ($0.target, SplitWeight.units($0.weight) ?? 0) }, uniquingKeysWith: +)
      return mine == theirs
    }
  }

  struct Target {
    var id: String
    var label: String
    var settings: [(String, String)]
  }

  var `protocol`: String
  var routes: [Route]
  var targets: [Target]

  init(_ chain: CompiledChain) {
    self.protocol = chain.protocol
    var routes: [Route] = []
    switch chain.start {
    case .router(let router):
      for route in router.routes {
        routes.append(
          Route(
            label: ChainSummary.label(route.match), outcome: ChainSummary.outcome(route.nextNode, chain),
            settings: ChainSummary.settings(route.destination)))
      }
    case .splitter, .resolver, nil:
      routes.append(Route(label: "/*", outcome: ChainSummary.outcome(chain.startNode, chain), settings: []))
    }
    // Two routes with the same match (the second one shadowed) keep distinct labels.
    var seen: [String: Int] = [:]
    for index in routes.indices {
      let count = (seen[routes[index].label] ?? 0) + 1
      seen[routes[index].label] = count
      if count > 1 { routes[index].label += " #\(count)" }
    }
    self.routes = routes
    var targets: [Target] = []
    for node in chain.nodes {
      guard case .resolver(let resolver) = node, let target = chain.target(resolver.targetID) else { continue }
      var settings: [(String, String)] = [("connect timeout", GoFormat.duration(resolver.connectTimeout))]
      if resolver.key == chain.startNode {
        settings.append(
          ("request timeout", resolver.requestTimeout == 0 ? "none" : GoFormat.duration(resolver.requestTimeout)))
      }
      settings.append(("load balancer", ChainExplain.loadBalancerText(resolver.loadBalancer) ?? "default"))
      if let failover = resolver.failover {
        let policy = failover.policy.flatMap { $0.mode?.value }.map { " (\($0))" } ?? ""
        let list = failover.targets.map { ChainSummary.targetLabel($0, chain) }.joined(separator: ", ")
        settings.append(("failover", (list.isEmpty ? "none" : list) + policy))
      } else {
        settings.append(("failover", "none"))
      }
      if target.subset != nil {
        settings.append(("subset filter", target.subsetFilter.map { GoFormat.quote($0) } ?? "all instances"))
        settings.append(("only passing", target.onlyPassing ? "yes" : "no"))
      }
      targets.append(Target(id: target.id, label: ChainSummary.targetLabel(target.id, chain), settings: settings))
    }
    self.targets = targets
  }

  /// Where a node's traffic ends: its targets with their share.
  static func outcome(_ key: String, _ chain: CompiledChain) -> [(target: String, weight: Float)] {
    var result: [(target: String, weight: Float)] = []
    func add(_ target: String, _ weight: Float) {
      if let index = result.firstIndex(where: { $0.target == target }) {
        result[index].weight += weight
      } else {
        result.append((target, weight))
      }
    }
    switch chain.node(key) {
    case .splitter(let splitter):
      for split in splitter.splits {
        guard case .resolver(let resolver) = chain.node(split.nextNode) else { continue }
        add(targetLabel(resolver.targetID, chain), split.weight)
      }
    case .resolver(let resolver): add(targetLabel(resolver.targetID, chain), 100)
    case .router, nil: break
    }
    return result
  }

  /// `v1` for a subset of the chain's own service, `billing` or `v2.billing` for another service,
  /// with `@dc2` or `@peer:name` when it leaves the local datacenter.
  static func targetLabel(_ id: String, _ chain: CompiledChain) -> String {
    guard let target = chain.target(id) else { return id }
    var label: String
    if let subset = target.subset, !subset.isEmpty {
      label = target.service == chain.serviceName ? subset : "\(subset).\(target.service)"
    } else {
      label = target.service
    }
    if target.namespace != chain.namespace { label += " (namespace \(target.namespace))" }
    if target.partition != chain.partition { label += " (partition \(target.partition))" }
    if let peer = target.peer, !peer.isEmpty {
      label += "@peer:\(peer)"
    } else if target.datacenter != chain.datacenter {
      label += "@\(target.datacenter)"
    }
    return label
  }

  /// A compact match: `GET|POST /api*`, `/exact`, `~^/items/[0-9]+$`, then headers and query
  /// parameters in brackets.
  static func label(_ match: ServiceRouteHTTPMatch?) -> String {
    guard let match else { return "/*" }
    var text = ""
    // Consul upper-cases methods on write: `get` in a file is the `GET` it stores.
    let methods = match.methods.orEmpty().map { $0.value.uppercased() }
    if !methods.isEmpty { text += methods.joined(separator: "|") + " " }
    if let exact = ChainExplain.nonEmpty(match.pathExact) {
      text += exact
    } else if let prefix = ChainExplain.nonEmpty(match.pathPrefix) {
      text += prefix + "*"
    } else if let regex = ChainExplain.nonEmpty(match.pathRegex) {
      text += "~" + regex
    } else {
      text += "/*"
    }
    if match.caseInsensitive?.value ?? false { text += " (any case)" }
    var conditions: [String] = []
    for header in match.header.orEmpty() {
      let value = header.value
      let name = value.name?.value ?? ""
      let not = (value.invert?.value ?? false) ? "!" : ""
      if let exact = ChainExplain.nonEmpty(value.exact) {
        conditions.append("\(name)\(not)=\(exact)")
      } else if let prefix = ChainExplain.nonEmpty(value.prefix) {
        conditions.append("\(name)\(not)^=\(prefix)")
      } else if let suffix = ChainExplain.nonEmpty(value.suffix) {
        conditions.append("\(name)\(not)$=\(suffix)")
      } else if let regex = ChainExplain.nonEmpty(value.regex) {
        conditions.append("\(name)\(not)~=\(regex)")
      } else if value.present?.value ?? false {
        conditions.append("\(not)\(name)")
      }
    }
    for param in match.queryParam.orEmpty() {
      let value = param.value
      let name = value.name?.value ?? ""
      if let exact = ChainExplain.nonEmpty(value.exact) {
        conditions.append("?\(name)=\(exact)")
      } else if let regex = ChainExplain.nonEmpty(value.regex) {
        conditions.append("?\(name)~=\(regex)")
      } else if value.present?.value ?? false {
        conditions.append("?\(name)")
      }
    }
    if !conditions.isEmpty { text += " [" + conditions.joined(separator: ", ") + "]" }
    return text
  }

  /// A route's settings, each always present (`none` when unset) so that setting and clearing
  /// both show.
  static func settings(_ destination: ServiceRouteDestination?) -> [(String, String)] {
    func duration(_ value: Located<GoDuration>?) -> String {
      guard let nanoseconds = value?.value.nanoseconds, nanoseconds != 0 else { return "none" }
      return nanoseconds < 0 ? "disabled" : GoFormat.duration(nanoseconds)
    }
    let retryOn = destination?.retryOn.orEmpty().map(\.value) ?? []
    let statuses = destination?.retryOnStatusCodes.orEmpty().map { String($0.value) } ?? []
    var retries = "\(destination?.numRetries?.value ?? 0)"
    if destination?.retryOnConnectFailure?.value ?? false { retries += ", on connect failure" }
    if !retryOn.isEmpty { retries += ", on " + retryOn.joined(separator: "|") }
    if !statuses.isEmpty { retries += ", on status " + statuses.joined(separator: "|") }
    if retries == "0" { retries = "none" }
    return [
      ("prefix rewrite", ChainExplain.nonEmpty(destination?.prefixRewrite).map { GoFormat.quote($0) } ?? "none"),
      ("request timeout", duration(destination?.requestTimeout)),
      ("idle timeout", duration(destination?.idleTimeout)),
      ("retries", retries),
      ("request headers", headers(destination?.requestHeaders?.value)),
      ("response headers", headers(destination?.responseHeaders?.value)),
    ]
  }

  static func headers(_ modifiers: HTTPHeaderModifiers?) -> String {
    guard let modifiers else { return "none" }
    var parts: [String] = []
    for entry in modifiers.add.orEmpty() { parts.append("add \(entry.key)=\(entry.value.value)") }
    for entry in modifiers.set.orEmpty() { parts.append("set \(entry.key)=\(entry.value.value)") }
    for name in modifiers.remove.orEmpty() { parts.append("remove \(name.value)") }
    return parts.isEmpty ? "none" : parts.joined(separator: ", ")
  }
}
