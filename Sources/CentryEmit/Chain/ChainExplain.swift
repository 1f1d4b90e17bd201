import CentryAnalysis
import CentryCore
import CentryModel

/// Human-readable renderings of a compiled chain (`centry explain`).
public enum ChainExplain {
  /// The output formats of `explain`.
  public enum Format: String, Sendable, CaseIterable {
    case text, mermaid, dot
  }

  /// Renders `chain` in `format`; `sources` resolves positions (`file:line:col`).
  public static func render(_ chain: CompiledChain, format: Format, sources: SourceMap) -> String {
    switch format {
    case .text: text(chain, sources: sources)
    case .mermaid: mermaid(chain)
    case .dot: dot(chain)
    }
  }

  // MARK: - Shared descriptions

  /// `file:line:col` of the start of `range`.
  public static func location(_ range: SourceRange, in sources: SourceMap) -> String {
    guard range.file.index >= 0, range.file.index < sources.files.count else { return "?" }
    let position = sources.resolve(range).start
    return "\(sources[range.file].name):\(position.line):\(position.column)"
  }

  /// One-line description of a route match (`path prefix "/v2", header x-version = "1"`).
  public static func describe(_ match: ServiceRouteHTTPMatch?) -> String {
    guard let match else { return "any request (path prefix \"/\")" }
    var parts: [String] = []
    let insensitive = match.caseInsensitive?.value ?? false
    let suffix = insensitive ? " (case-insensitive)" : ""
    if let exact = nonEmpty(match.pathExact) {
      parts.append("path exact \(GoFormat.quote(exact))\(suffix)")
    } else if let prefix = nonEmpty(match.pathPrefix) {
      parts.append("path prefix \(GoFormat.quote(prefix))\(suffix)")
    } else if let regex = nonEmpty(match.pathRegex) {
      parts.append("path regex \(GoFormat.quote(regex))")
    }
    for header in match.header.orEmpty() {
      let value = header.value
      let name = value.name?.value ?? ""
      let not = (value.invert?.value ?? false) ? "not " : ""
      if let exact = nonEmpty(value.exact) {
        parts.append("header \(name) \(not)exact \(GoFormat.quote(exact))")
      } else if let regex = nonEmpty(value.regex) {
        parts.append("header \(name) \(not)regex \(GoFormat.quote(regex))")
      } else if let prefix = nonEmpty(value.prefix) {
        parts.append("header \(name) \(not)prefix \(GoFormat.quote(prefix))")
      } else if let suffixValue = nonEmpty(value.suffix) {
        parts.append("header \(name) \(not)suffix \(GoFormat.quote(suffixValue))")
      } else if value.present?.value ?? false {
        parts.append("header \(name) \(not)present")
      }
    }
    for param in match.queryParam.orEmpty() {
      let value = param.value
      let name = value.name?.value ?? ""
      if let exact = nonEmpty(value.exact) {
        parts.append("query \(name) exact \(GoFormat.quote(exact))")
      } else if let regex = nonEmpty(value.regex) {
        parts.append("query \(name) regex \(GoFormat.quote(regex))")
      } else if value.present?.value ?? false {
        parts.append("query \(name) present")
      }
    }
    let methods = match.methods.orEmpty().map(\.value)
    if !methods.isEmpty { parts.append("method \(methods.joined(separator: "|"))") }
    if parts.isEmpty { return "any request (path prefix \"/\")" }
    if match.pathExact == nil, match.pathPrefix == nil, match.pathRegex == nil {
      parts.insert("path prefix \"/\"", at: 0)
    }
    return parts.joined(separator: ", ")
  }

  static func nonEmpty(_ value: Located<String>?) -> String? {
    guard let value, !value.value.isEmpty else { return nil }
    return value.value
  }

  /// `router whoami`, `splitter web`, `v1.whoami.default.default.dc1`.
  static func title(_ key: String, in chain: CompiledChain) -> String {
    switch chain.node(key) {
    case .router(let node): "router \(node.service)"
    case .splitter(let node): "splitter \(node.service)"
    case .resolver(let node): "target \(node.targetID)"
    case nil: key
    }
  }

  static func routeExtras(_ destination: ServiceRouteDestination?) -> [String] {
    guard let destination else { return [] }
    var extras: [String] = []
    if let rewrite = destination.prefixRewrite?.value { extras.append("prefix rewrite \(GoFormat.quote(rewrite))") }
    if let timeout = destination.requestTimeout?.value, timeout.nanoseconds != 0 {
      extras.append(
        "request timeout \(timeout.nanoseconds < 0 ? "disabled" : GoFormat.duration(timeout.nanoseconds))")
    }
    if let timeout = destination.idleTimeout?.value, timeout.nanoseconds != 0 {
      extras.append("idle timeout \(timeout.nanoseconds < 0 ? "disabled" : GoFormat.duration(timeout.nanoseconds))")
    }
    if let retries = destination.numRetries?.value, retries > 0 { extras.append("\(retries) retries") }
    return extras
  }

  static func loadBalancerText(_ balancer: LoadBalancer?) -> String? {
    guard let balancer else { return nil }
    var text = balancer.policy?.value ?? ""
    if text.isEmpty { text = "default" }
    let policies = balancer.hashPolicies.orEmpty()
    if !policies.isEmpty {
      let described = policies.map { policy -> String in
        let value = policy.value
        if value.sourceIP?.value ?? false { return "source IP" }
        return "\(value.field?.value ?? "?") \(value.fieldValue?.value ?? "")"
      }
      text += " (hash on \(described.joined(separator: ", ")))"
    }
    return text
  }

  // MARK: - Text

  /// The chain as indented text: routes, splits, targets.
  public static func text(_ chain: CompiledChain, sources: SourceMap) -> String {
    var lines: [String] = []
    lines.append("chain \(chain.serviceName): protocol \(chain.protocol), start \(title(chain.startNode, in: chain))")
    lines.append("  datacenter \(chain.datacenter), trust domain \(chain.trustDomain)")
    if chain.isDefault { lines.append("  default chain: no routes, every request goes to the service itself") }
    for node in chain.nodes {
      switch node {
      case .router(let router):
        lines.append("")
        lines.append("router \(router.service) (first match wins):")
        for route in router.routes {
          let place = route.range.map { "  [\(location($0, in: sources))]" } ?? "  [added by Consul]"
          let label = route.isDefault ? "\(route.index + 1). default:" : "\(route.index + 1)."
          lines.append("  \(label) \(describe(route.match))\(place)")
          let extras = routeExtras(route.destination)
          let suffix = extras.isEmpty ? "" : " (\(extras.joined(separator: ", ")))"
          lines.append("     -> \(title(route.nextNode, in: chain))\(suffix)")
        }
      case .splitter(let splitter):
        lines.append("")
        lines.append("splitter \(splitter.service):")
        for split in splitter.splits {
          let weight = SplitWeight.format(split.weight) + "%"
          let place = split.ranges.last.map { "  [\(location($0, in: sources))]" } ?? ""
          lines.append(
            "  \(weight + String(repeating: " ", count: max(0, 7 - weight.count))) -> \(title(split.nextNode, in: chain))\(place)"
          )
        }
        if let balancer = loadBalancerText(splitter.loadBalancer) { lines.append("  load balancer: \(balancer)") }
      case .resolver(let resolver):
        lines.append("")
        lines += resolverLines(resolver, in: chain, sources: sources)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func resolverLines(_ node: ResolverNode, in chain: CompiledChain, sources: SourceMap) -> [String] {
    var lines = ["target \(node.targetID):"]
    guard let target = chain.target(node.targetID) else { return lines }
    lines.append("  cluster: \(target.name)")
    if let sni = target.externalSNI { lines.append("  external SNI: \(sni)") }
    if let subset = target.subset {
      lines.append(
        "  subset \(subset): \(target.subsetFilter.map { "filter \(GoFormat.quote($0))" } ?? "all instances")\(target.onlyPassing ? ", only passing" : "")"
      )
    }
    lines.append("  resolver: \(node.range.map { location($0, in: sources) } ?? "default (none in the inputs)")")
    lines.append("  connect timeout: \(GoFormat.duration(node.connectTimeout))")
    if node.requestTimeout != 0 {
      let applies = node.key == chain.startNode ? "" : " (not applied: the chain starts at a router or splitter)"
      lines.append("  request timeout: \(GoFormat.duration(node.requestTimeout))\(applies)")
    }
    if let balancer = loadBalancerText(node.loadBalancer) { lines.append("  load balancer: \(balancer)") }
    if let failover = node.failover {
      let policy = failover.policy.flatMap { $0.mode?.value }.map { " (policy \($0))" } ?? ""
      lines.append("  failover\(policy):")
      for id in failover.targets {
        lines.append("    -> \(id): cluster \(chain.target(id)?.name ?? "?")")
      }
      if failover.targets.isEmpty { lines.append("    (no target other than the primary)") }
    }
    return lines
  }

  // MARK: - Graphs

  struct Edge {
    var from: String
    var to: String
    var label: String
    var dashed: Bool
  }

  static func edges(_ chain: CompiledChain) -> [Edge] {
    var edges: [Edge] = []
    for node in chain.nodes {
      switch node {
      case .router(let router):
        for route in router.routes {
          let label = "\(route.index + 1). \(route.isDefault ? "default: " : "")\(describe(route.match))"
          edges.append(Edge(from: router.key, to: route.nextNode, label: label, dashed: false))
        }
      case .splitter(let splitter):
        for split in splitter.splits {
          edges.append(
            Edge(from: splitter.key, to: split.nextNode, label: SplitWeight.format(split.weight) + "%", dashed: false))
        }
      case .resolver(let resolver):
        for id in resolver.failover?.targets ?? [] {
          edges.append(Edge(from: resolver.key, to: "failover:\(id)", label: "failover", dashed: true))
        }
      }
    }
    return edges
  }

  enum VertexKind {
    case router, splitter, resolver, failover
  }

  /// Every graph vertex: chain nodes, then failover targets without a node of their own.
  static func vertices(_ chain: CompiledChain) -> [(key: String, label: String, kind: VertexKind)] {
    var result: [(String, String, VertexKind)] = []
    for node in chain.nodes {
      switch node {
      case .router(let router): result.append((router.key, "router \(router.service)", .router))
      case .splitter(let splitter): result.append((splitter.key, "splitter \(splitter.service)", .splitter))
      case .resolver(let resolver):
        result.append((resolver.key, targetLabel(resolver.targetID, node: resolver, in: chain), .resolver))
      }
    }
    for node in chain.nodes {
      guard case .resolver(let resolver) = node else { continue }
      for id in resolver.failover?.targets ?? [] {
        result.append(("failover:\(id)", targetLabel(id, node: nil, in: chain), .failover))
      }
    }
    return result
  }

  static func targetLabel(_ id: String, node: ResolverNode?, in chain: CompiledChain) -> String {
    var parts = [id]
    if let target = chain.target(id) { parts.append(target.name) }
    if let node {
      parts.append("connect timeout \(GoFormat.duration(node.connectTimeout))")
      if let balancer = loadBalancerText(node.loadBalancer) { parts.append("lb \(balancer)") }
    }
    return parts.joined(separator: "\n")
  }

  /// `text` with each character in `table` replaced by its value.
  static func replacing(_ text: String, _ table: [Character: String]) -> String {
    var out = ""
    for character in text {
      if let replacement = table[character] { out += replacement } else { out.append(character) }
    }
    return out
  }

  /// A Mermaid flowchart of the chain.
  public static func mermaid(_ chain: CompiledChain) -> String {
    let vertices = vertices(chain)
    var ids: [String: String] = [:]
    for (index, vertex) in vertices.enumerated() { ids[vertex.key] = "n\(index)" }
    func escape(_ text: String) -> String {
      replacing(text, ["\"": "#quot;", "\n": "<br/>"])
    }
    var lines = ["flowchart LR"]
    for vertex in vertices {
      let id = ids[vertex.key] ?? "?"
      let label = "\"\(escape(vertex.label))\""
      switch vertex.kind {
      case .router: lines.append("  \(id){{\(label)}}")
      case .splitter: lines.append("  \(id)[/\(label)/]")
      case .resolver, .failover: lines.append("  \(id)[\(label)]")
      }
    }
    for edge in edges(chain) {
      let arrow = edge.dashed ? "-.->" : "-->"
      lines.append("  \(ids[edge.from] ?? "?") \(arrow)|\"\(escape(edge.label))\"| \(ids[edge.to] ?? "?")")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Graphviz digraph of the chain.
  public static func dot(_ chain: CompiledChain) -> String {
    func quote(_ text: String) -> String {
      "\"" + replacing(text, ["\\": "\\\\", "\"": "\\\"", "\n": "\\n"]) + "\""
    }
    var lines = ["digraph \(quote(chain.serviceName)) {", "  rankdir=LR;", "  node [shape=box];"]
    for vertex in vertices(chain) {
      let shape: String
      switch vertex.kind {
      case .router: shape = "hexagon"
      case .splitter: shape = "parallelogram"
      case .failover: shape = "box, style=dashed"
      case .resolver: shape = "box"
      }
      lines.append("  \(quote(vertex.key)) [label=\(quote(vertex.label)), shape=\(shape)];")
    }
    for edge in edges(chain) {
      let style = edge.dashed ? ", style=dashed" : ""
      lines.append("  \(quote(edge.from)) -> \(quote(edge.to)) [label=\(quote(edge.label))\(style)];")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}
