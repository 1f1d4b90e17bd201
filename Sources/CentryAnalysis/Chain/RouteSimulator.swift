import CentryModel

/// A request to simulate (`centry route`).
public struct SimulatedRequest: Sendable {
  /// `:path` as sent, query string included (`/v2?debug=1`).
  public var path: String
  public var method: String
  /// Header names are case-insensitive; repeated names are joined with `,` as Envoy does.
  public var headers: [(name: String, value: String)]
  /// Query parameters in addition to those in ``path``.
  public var query: [(name: String, value: String)]

  public init(
    path: String, method: String = "GET", headers: [(name: String, value: String)] = [],
    query: [(name: String, value: String)] = []
  ) {
    self.path = path
    self.method = method
    self.headers = headers
    self.query = query
  }

  /// The path without query string and fragment (what exact and regex matches see).
  var pathOnly: String {
    String(path.prefix { $0 != "?" && $0 != "#" })
  }

  /// The `:path` Envoy matches prefixes against: ``path`` plus the extra query parameters.
  public var fullPath: String {
    guard !query.isEmpty else { return path }
    let extra = query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    return path + (path.contains("?") ? "&" : "?") + extra
  }

  /// The first value of each query parameter: from the path (percent-decoded), then ``query``.
  func firstQueryValue(_ name: String) -> String? {
    if let questionMark = path.firstIndex(of: "?") {
      let queryText = path[path.index(after: questionMark)...].prefix { $0 != "#" }
      for pair in queryText.split(separator: "&", omittingEmptySubsequences: true) {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        if percentDecoded(String(parts[0])) == name {
          return parts.count > 1 ? percentDecoded(String(parts[1])) : ""
        }
      }
    }
    return query.first { $0.name == name }?.value
  }

  /// All values of a header joined by `,`; `nil` when absent. `:method` and `:path` are pseudo-headers.
  func headerValue(_ name: String) -> String? {
    let lowered = name.lowercased()
    if lowered == ":method" { return method }
    if lowered == ":path" { return fullPath }
    let values = headers.filter { $0.name.lowercased() == lowered }.map(\.value)
    return values.isEmpty ? nil : values.joined(separator: ",")
  }
}

private func percentDecoded(_ text: String) -> String {
  var bytes: [UInt8] = []
  var utf8 = Array(text.utf8)[...]
  while let byte = utf8.popFirst() {
    if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = hexValue(utf8[utf8.startIndex]),
      let low = hexValue(utf8[utf8.startIndex + 1])
    {
      bytes.append(high << 4 | low)
      utf8 = utf8.dropFirst(2)
    } else if byte == UInt8(ascii: "+") {
      bytes.append(UInt8(ascii: " "))
    } else {
      bytes.append(byte)
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}

private func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
  default: nil
  }
}

/// Where a simulated request goes.
public struct RouteOutcome: Sendable {
  /// The route that matched; `nil` when the chain has no router (one implicit catch-all route).
  public var route: ChainRoute?
  /// The number of routes of the router (the default one included); 0 without a router.
  public var routeCount: Int
  /// Final legs: percentages and targets (one leg at 100 % without a splitter).
  public var legs: [RouteLeg]
  /// Routes before the match whose regex could not be evaluated (treated as not matching).
  public var unevaluated: [Int]
}

/// One final destination of a request.
public struct RouteLeg: Sendable {
  /// Percent of requests (float32 as Consul stores it).
  public var weight: Float
  public var target: ChainTarget
  /// Failover targets, in order.
  public var failover: [ChainTarget]
}

/// Envoy's route matching over a compiled chain (spec envoy §3.3).
public enum RouteSimulator {
  /// Routes `request` through `chain`: first matching route, then splits, then targets.
  public static func route(_ request: SimulatedRequest, through chain: CompiledChain) -> RouteOutcome {
    var unevaluated: [Int] = []
    guard case .router(let router) = chain.start else {
      return RouteOutcome(route: nil, routeCount: 0, legs: legs(from: chain.startNode, in: chain), unevaluated: [])
    }
    for route in router.routes {
      switch matches(route.match, request) {
      case .some(true):
        return RouteOutcome(
          route: route, routeCount: router.routes.count, legs: legs(from: route.nextNode, in: chain),
          unevaluated: unevaluated)
      case .some(false): continue
      case .none: unevaluated.append(route.index)
      }
    }
    // Unreachable with Consul's catch-all route, kept for safety.
    return RouteOutcome(route: nil, routeCount: router.routes.count, legs: [], unevaluated: unevaluated)
  }

  static func legs(from key: String, in chain: CompiledChain) -> [RouteLeg] {
    switch chain.node(key) {
    case .splitter(let splitter):
      return splitter.splits.compactMap { split in
        leg(split.nextNode, weight: split.weight, in: chain)
      }
    case .resolver:
      return leg(key, weight: 100, in: chain).map { [$0] } ?? []
    case .router, nil:
      return []
    }
  }

  static func leg(_ key: String, weight: Float, in chain: CompiledChain) -> RouteLeg? {
    guard case .resolver(let node) = chain.node(key), let target = chain.target(node.targetID) else { return nil }
    let failover = (node.failover?.targets ?? []).compactMap { chain.target($0) }
    return RouteLeg(weight: weight, target: target, failover: failover)
  }

  /// Whether `match` matches `request`; `nil` when a regex cannot be evaluated.
  public static func matches(_ match: ServiceRouteHTTPMatch?, _ request: SimulatedRequest) -> Bool? {
    guard let match else { return true }
    let insensitive = match.caseInsensitive?.value ?? false
    // Path: Exact, then Prefix, then Regex; none means prefix "/".
    if let exact = nonEmpty(match.pathExact) {
      let path = request.pathOnly
      guard insensitive ? path.lowercased() == exact.lowercased() : path == exact else { return false }
    } else if let prefix = nonEmpty(match.pathPrefix) {
      let path = request.fullPath
      guard insensitive ? path.lowercased().hasPrefix(prefix.lowercased()) : path.hasPrefix(prefix) else {
        return false
      }
    } else if let regex = nonEmpty(match.pathRegex) {
      // Envoy ignores case_sensitive for safe_regex.
      guard let result = fullMatch(regex, request.pathOnly) else { return nil }
      guard result else { return false }
    }
    var unknown = false
    for header in match.header.orEmpty() {
      switch headerMatches(header.value, request) {
      case .some(true): continue
      case .some(false): return false
      case .none: unknown = true
      }
    }
    let methods = match.methods.orEmpty().map(\.value)
    if !methods.isEmpty {
      guard let result = fullMatch(methods.joined(separator: "|"), request.method) else { return nil }
      if !result { return false }
    }
    for param in match.queryParam.orEmpty() {
      let value = param.value
      let name = value.name?.value ?? ""
      if let exact = nonEmpty(value.exact) {
        guard request.firstQueryValue(name) == exact else { return false }
      } else if let regex = nonEmpty(value.regex) {
        guard let actual = request.firstQueryValue(name) else { return false }
        guard let result = fullMatch(regex, actual) else {
          unknown = true
          continue
        }
        if !result { return false }
      } else if value.present?.value ?? false {
        guard request.firstQueryValue(name) != nil else { return false }
      }
    }
    return unknown ? nil : true
  }

  /// Envoy's header matcher: a missing header fails every value matcher (inverted or not); an
  /// inverted present match matches a missing header.
  static func headerMatches(_ header: ServiceRouteHTTPMatchHeader, _ request: SimulatedRequest) -> Bool? {
    let name = header.name?.value ?? ""
    let invert = header.invert?.value ?? false
    let actual = request.headerValue(name)
    let result: Bool
    if let exact = nonEmpty(header.exact) {
      guard let actual else { return false }
      result = actual == exact
    } else if let regex = nonEmpty(header.regex) {
      guard let actual else { return false }
      guard let matched = fullMatch(regex, actual) else { return nil }
      result = matched
    } else if let prefix = nonEmpty(header.prefix) {
      guard let actual else { return false }
      result = actual.hasPrefix(prefix)
    } else if let suffix = nonEmpty(header.suffix) {
      guard let actual else { return false }
      result = actual.hasSuffix(suffix)
    } else if header.present?.value ?? false {
      result = actual != nil
    } else {
      return true  // Consul emits no matcher for an entry without a condition.
    }
    return result != invert
  }

  /// RE2's full match, as Envoy's `safe_regex` matches the whole value; `nil` when RE2 rejects
  /// the pattern.
  static func fullMatch(_ pattern: String, _ subject: String) -> Bool? {
    RE2.compile(pattern).fullMatch(subject)
  }

  static func nonEmpty(_ value: Located<String>?) -> String? {
    guard let value, !value.value.isEmpty else { return nil }
    return value.value
  }
}
