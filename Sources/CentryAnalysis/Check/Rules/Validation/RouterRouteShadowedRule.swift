import CentryCore
import CentryModel

/// `router-route-shadowed`: a route that an earlier, broader route always wins over.
struct RouterRouteShadowedRule: Rule {
  static let description = RuleDescription(
    id: .routerRouteShadowed, severity: .warning,
    summary: "A route that can never match because an earlier route matches every request it would",
    rationale: """
      Routes are tried in order and the first match wins. A route without `Match` (or with an \
      empty one, or `PathPrefix = "/"` alone) matches every request, so all later routes are dead; \
      likewise a route whose path condition contains a later route's (a `PathPrefix` that is a \
      prefix of its `PathExact` or `PathPrefix`), with a subset of its header and query \
      conditions and no narrower `Methods`. Consul accepts such routers.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathPrefix = "/api/v2/" } }, Destination { Service = "api-v2" } },
          { Match { HTTP { PathPrefix = "/api/", Methods = ["GET"] } }, Destination { Service = "api-read" } },
          { Match { HTTP { PathPrefix = "/api/" } }, Destination { Service = "api" } },
        ]
        """)
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Match { HTTP { PathPrefix = "/api/" } }, Destination { Service = "api" } },
          { «Match» { HTTP { PathPrefix = "/api/v2/", Header = [{ Name = "x", Exact = "1" }] } }, Destination { Service = "api-v2" } },
        ]
        """),
      Example(
        .serviceRouter, "web",
        """
        Routes = [
          { Destination { Service = "legacy" } },
          «{ Destination { Service = "other" } }»,
        ]
        """),
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.routers(context).flatMap { _, router -> [Diagnostic] in
      let routes = ConsulValidation.routes(router).map { index, route, http in
        (index: index, route: route, match: RouteMatch(http))
      }
      let matches = routes.map(\.match)
      // A real router: comparing each route with every earlier one is cheaper than indexing them.
      let shadowed = Self.shadowed(matches, indexed: matches.count > ShadowIndex.maximumComparisons)
      // Only the reported ones become diagnostics: a million shadowed routes cost no wording.
      var diagnostics = shadowed.prefix(Self.maximumReportsPerRouter).map { pair -> Diagnostic in
        let later = routes[pair.later]
        let earlier = routes[pair.earlier]
        let what = earlier.match.isCatchAll ? "matches every request" : "matches every request this route matches"
        return Self.diagnostic(
          "route \(later.index) is never used: route \(earlier.index) comes first and \(what)",
          at: later.route.value.match?.keyOrValueRange ?? later.route.valueRange,
          notes: [
            Note(
              "route \(earlier.index) here", at: earlier.route.value.match?.keyOrValueRange ?? earlier.route.valueRange)
          ],
          help: "routes are tried in order; move the more specific route first")
      }
      if shadowed.count > Self.maximumReportsPerRouter {
        let next = routes[shadowed[Self.maximumReportsPerRouter].later].route
        diagnostics.append(
          Self.diagnostic(
            "\(shadowed.count - Self.maximumReportsPerRouter) more routes of this router are never used, each shadowed by an earlier route",
            at: next.value.match?.keyOrValueRange ?? next.valueRange,
            help: "routes are tried in order; remove the unreachable routes or move the more specific ones first"))
      }
      return diagnostics
    }
  }

  /// (shadowed, first earlier route containing it), in route order; through a ``ShadowIndex``
  /// when `indexed`, else by comparing each route with the earlier ones (the same pairs for at most
  /// ``ShadowIndex/maximumComparisons`` routes).
  static func shadowed(_ matches: [RouteMatch], indexed: Bool) -> [(later: Int, earlier: Int)] {
    var shadowed: [(later: Int, earlier: Int)] = []
    guard indexed else {
      // The index keeps only the first route of equal matches (`String` equality: canonically
      // equivalent spellings are equal, and the prefix trie then holds the first one's bytes).
      var seen: Set<RouteMatch> = []
      let first = matches.map { seen.insert($0).inserted }
      for later in matches.indices {
        if let earlier = matches[..<later].indices.first(where: {
          first[$0] && matches[$0].contains(matches[later])
            && ShadowIndex.canFind(matches[$0], containing: matches[later])
        }) {
          shadowed.append((later, earlier))
        }
      }
      return shadowed
    }
    var index = ShadowIndex()
    for later in matches.indices {
      if let earlier = index.firstContaining(matches[later], in: matches) { shadowed.append((later, earlier)) }
      index.insert(matches[later], at: later)
    }
    return shadowed
  }

  /// Most shadowed routes reported one by one per router; a router of a million identical routes
  /// would otherwise print a million warnings. The rest are counted in one more warning.
  static let maximumReportsPerRouter = 100
}

/// The earlier routes of a router, indexed so that finding the first one that contains a route
/// costs about the length of its path, not the number of routes before it.
///
/// Only the first route of each distinct match is kept (a later copy is contained by it, so can
/// never be the first container), and candidates come only from routes whose path condition can
/// contain the new one: every `any` path, the exact path itself, the same regex, and the prefixes
/// along the path (a byte trie, case-folded for `CaseInsensitive` routes). Header, query and
/// method conditions cannot be indexed exactly (subset queries), so at most
/// ``maximumComparisons`` candidates are compared per route, earliest first: far more than any
/// real router has, and what keeps a hostile router with a million routes linear. Beyond it a
/// shadowed route may go unreported, never a wrong one reported.
struct ShadowIndex {
  static let maximumComparisons = 256

  private var seen: Set<RouteMatch> = []
  private var anyPath = Bucket()
  /// Keyed by case-insensitivity and then the path (lower-cased when insensitive).
  private var exact: [Bool: [String: Bucket]] = [:]
  private var regex: [Bool: [String: Bucket]] = [:]
  private var prefixes: [Bool: PrefixTrie] = [false: PrefixTrie(), true: PrefixTrie()]
  /// By case-insensitivity and then trie node.
  private var prefixBuckets: [Bool: [Int: Bucket]] = [:]

  mutating func insert(_ match: RouteMatch, at route: Int) {
    guard seen.insert(match).inserted else { return }
    let insensitive = match.caseInsensitive
    switch match.path {
    case .any: anyPath.insert(match, route)
    case .exact(let path):
      let key = fold(path, insensitive)
      exact[insensitive, default: [:]][key, default: Bucket()].insert(match, route)
    case .regex(let pattern): regex[insensitive, default: [:]][pattern, default: Bucket()].insert(match, route)
    case .prefix(let path):
      let key = Array(fold(path, insensitive).utf8)
      if let node = prefixes[insensitive]?.node(for: key) {
        prefixBuckets[insensitive, default: [:]][node, default: Bucket()].insert(match, route)
      }
    }
  }

  /// The index of the earliest indexed route that contains `match`, if any.
  func firstContaining(_ match: RouteMatch, in matches: [RouteMatch]) -> Int? {
    var lists: [ArraySlice<Int>] = []
    func add(_ bucket: Bucket?) {
      bucket?.candidates(for: match).forEach { if !$0.isEmpty { lists.append($0.prefix(Self.maximumComparisons)) } }
    }
    add(anyPath)
    // A case-sensitive condition never contains a case-insensitive route.
    let foldings = match.caseInsensitive ? [true] : [false, true]
    for insensitive in foldings {
      switch match.path {
      case .any:
        break
      case .exact(let path):
        add(exact[insensitive]?[fold(path, insensitive)])
        prefixes[insensitive]?.along(Array(fold(path, insensitive).utf8)).forEach {
          add(prefixBuckets[insensitive]?[$0])
        }
      case .prefix(let path):
        prefixes[insensitive]?.along(Array(fold(path, insensitive).utf8)).forEach {
          add(prefixBuckets[insensitive]?[$0])
        }
      case .regex(let pattern):
        if insensitive == match.caseInsensitive { add(regex[insensitive]?[pattern]) }
      }
    }
    guard !lists.isEmpty else { return nil }
    var candidates = lists.count == 1 ? Array(lists[0]) : lists.flatMap { $0 }.sorted()
    candidates = Array(candidates.prefix(Self.maximumComparisons))
    return candidates.first { matches[$0].contains(match) }
  }

  /// False when ``firstContaining(_:in:)`` never offers `earlier` (the first route of its match)
  /// as a candidate for `later` although ``RouteMatch/contains(_:)`` may hold: the prefix trie
  /// compares bytes, `hasPrefix` characters (canonically equivalent spellings). Every other
  /// restriction of the index (path, header, query and method buckets) is implied by `contains`,
  /// and with at most ``maximumComparisons`` routes no candidate list is cut, so an ordered scan
  /// of the earlier first routes of their match that checks this and `contains` finds the same
  /// route as the index (``RouterRouteShadowedRule/shadowed(_:indexed:)``).
  static func canFind(_ earlier: RouteMatch, containing later: RouteMatch) -> Bool {
    guard case .prefix(let mine) = earlier.path else { return true }
    let theirs: String
    switch later.path {
    case .exact(let path), .prefix(let path): theirs = path
    case .any, .regex: return false
    }
    let insensitive = earlier.caseInsensitive
    return fold(theirs, insensitive).utf8.starts(with: fold(mine, insensitive).utf8)
  }

  private static func fold(_ text: String, _ insensitive: Bool) -> String {
    insensitive ? text.lowercased() : text
  }

  private func fold(_ text: String, _ insensitive: Bool) -> String { Self.fold(text, insensitive) }
}

/// The routes of one path condition, split by one condition each must find in a route it
/// contains: its first header, else its first query parameter, else (under each of) its methods;
/// `plain` routes have none. A route can only be contained by those filed under one of its own
/// headers, parameters or methods, so routes that differ only in their headers are not compared.
private struct Bucket {
  private var plain: [Int] = []
  private var byHeader: [ServiceRouteHTTPMatchHeader: [Int]] = [:]
  private var byQuery: [ServiceRouteHTTPMatchQueryParam: [Int]] = [:]
  private var byMethod: [String: [Int]] = [:]

  mutating func insert(_ match: RouteMatch, _ route: Int) {
    if let header = match.headers.first {
      byHeader[header, default: []].append(route)
    } else if let query = match.queries.first {
      byQuery[query, default: []].append(route)
    } else if !match.methods.isEmpty {
      for method in match.methods { byMethod[method, default: []].append(route) }
    } else {
      plain.append(route)
    }
  }

  /// The lists (each in route order) that may hold a route containing `match`.
  func candidates(for match: RouteMatch) -> [[Int]] {
    var lists = [plain]
    for header in Set(match.headers) { if let list = byHeader[header] { lists.append(list) } }
    for query in Set(match.queries) { if let list = byQuery[query] { lists.append(list) } }
    if let method = match.methods.first, let list = byMethod[method] { lists.append(list) }
    return lists
  }
}

/// Routes by `PathPrefix`, one node per byte: the routes whose prefix is a prefix of a path are
/// those at the nodes along it.
private struct PrefixTrie {
  private var children: [[UInt8: Int]] = [[:]]

  /// The node of `path`, created when new.
  mutating func node(for path: [UInt8]) -> Int {
    var node = 0
    for byte in path {
      if let next = children[node][byte] {
        node = next
      } else {
        children.append([:])
        children[node][byte] = children.count - 1
        node = children.count - 1
      }
    }
    return node
  }

  /// The nodes along `path` (its prefixes that are in the trie), shortest first.
  func along(_ path: [UInt8]) -> [Int] {
    var found = [0]
    var node = 0
    for byte in path {
      guard let next = children[node][byte] else { break }
      node = next
      found.append(node)
    }
    return found
  }
}

/// What a route's HTTP match accepts, reduced to what containment needs.
struct RouteMatch: Hashable {
  enum Path: Hashable {
    case any
    case exact(String)
    case prefix(String)
    case regex(String)
  }

  var path: Path
  var caseInsensitive: Bool
  var headers: [ServiceRouteHTTPMatchHeader]
  var queries: [ServiceRouteHTTPMatchQueryParam]
  /// Upper-cased; empty means every method.
  var methods: Set<String>

  init(_ http: ServiceRouteHTTPMatch?) {
    let exact = ConsulValidation.nonEmpty(http?.pathExact)?.value
    let prefix = ConsulValidation.nonEmpty(http?.pathPrefix)?.value
    let regex = ConsulValidation.nonEmpty(http?.pathRegex)?.value
    // Consul rejects two path conditions (`router-path-exclusive`); read them as Envoy would.
    if let exact {
      path = .exact(exact)
    } else if let prefix {
      path = prefix == "/" ? .any : .prefix(prefix)
    } else if let regex {
      path = .regex(regex)
    } else {
      path = .any
    }
    caseInsensitive = http?.caseInsensitive?.value ?? false
    headers = http?.header.orEmpty().map(\.value) ?? []
    queries = http?.queryParam.orEmpty().map(\.value) ?? []
    methods = Set(http?.methods.orEmpty().map { $0.value.uppercased() } ?? [])
  }

  var isCatchAll: Bool { path == .any && headers.isEmpty && queries.isEmpty && methods.isEmpty }

  /// True when every request `other` matches is also matched by `self`.
  func contains(_ other: RouteMatch) -> Bool {
    pathContains(other) && headers.allSatisfy(other.headers.contains) && queries.allSatisfy(other.queries.contains)
      && (methods.isEmpty || (!other.methods.isEmpty && other.methods.isSubset(of: methods)))
  }

  private func pathContains(_ other: RouteMatch) -> Bool {
    // A case-sensitive condition never contains a case-insensitive one (`/API` matches only the latter).
    if path != .any, !caseInsensitive, other.caseInsensitive { return false }
    func fold(_ text: String) -> String { caseInsensitive ? text.lowercased() : text }
    switch (path, other.path) {
    case (.any, _):
      return true
    case (.prefix(let mine), .prefix(let theirs)), (.prefix(let mine), .exact(let theirs)):
      return fold(theirs).hasPrefix(fold(mine))
    case (.exact(let mine), .exact(let theirs)):
      return fold(mine) == fold(theirs)
    case (.regex(let mine), .regex(let theirs)):
      return mine == theirs && caseInsensitive == other.caseInsensitive
    case (.prefix, .any), (.prefix, .regex), (.exact, .any), (.exact, .prefix), (.exact, .regex), (.regex, .any),
      (.regex, .exact), (.regex, .prefix):
      return false
    }
  }
}

extension RuleID {
  public static let routerRouteShadowed = RuleID("router-route-shadowed")
}
