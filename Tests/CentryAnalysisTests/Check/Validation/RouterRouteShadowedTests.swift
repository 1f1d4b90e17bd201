import CentryCore
import CentryModel
import Testing

@testable import CentryAnalysis

/// `router-route-shadowed` compares each route with the earlier ones in routers of up to
/// `ShadowIndex.maximumComparisons` routes and indexes larger ones: both must find the same first
/// earlier route containing each route.
@Suite struct RouterRouteShadowedTests {
  /// Routes drawn from small pools of paths (the same text in several spellings and cases), headers,
  /// query parameters and methods, so that many contain one another.
  static func routes(seed: UInt64, count: Int) -> [RouteMatch] {
    var state = seed
    func next(_ bound: Int) -> Int {
      // SplitMix64: deterministic, no dependence on the platform's random source.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    let paths: [RouteMatch.Path] = [
      .any, .prefix("/a"), .prefix("/a/"), .prefix("/A/b"), .prefix("/a/b"), .prefix("/\u{E9}"), .exact("/a/b"),
      .exact("/A/B"), .exact("/e\u{301}/x"), .prefix("/e\u{301}"), .regex("/a/.*"), .regex("/A/.*"),
    ]
    func header(_ name: String) -> ServiceRouteHTTPMatchHeader {
      var header = ServiceRouteHTTPMatchHeader()
      header.name = Located(name, valueRange: SourceRange(file: FileID(0), start: 0, end: 0))
      return header
    }
    func query(_ name: String) -> ServiceRouteHTTPMatchQueryParam {
      var query = ServiceRouteHTTPMatchQueryParam()
      query.name = Located(name, valueRange: SourceRange(file: FileID(0), start: 0, end: 0))
      return query
    }
    let headers = [header("x"), header("y")]
    let queries = [query("debug"), query("v")]
    let methods: [Set<String>] = [[], ["GET"], ["POST"], ["GET", "POST"]]
    return (0..<count).map { _ in
      var match = RouteMatch(nil)
      match.path = paths[next(paths.count)]
      match.caseInsensitive = next(3) == 0
      match.headers = (0..<next(3)).map { _ in headers[next(headers.count)] }
      match.queries = (0..<next(2) * next(3)).map { _ in queries[next(queries.count)] }
      match.methods = methods[next(methods.count)]
      return match
    }
  }

  @Test(arguments: 1...48 as ClosedRange<UInt64>)
  func comparingEachRouteFindsWhatTheIndexFinds(seed: UInt64) {
    // Short routers as well as the longest compared directly.
    let count = seed % 3 == 0 ? 12 : ShadowIndex.maximumComparisons
    let matches = Self.routes(seed: seed, count: count)
    let direct = RouterRouteShadowedRule.shadowed(matches, indexed: false)
    let indexed = RouterRouteShadowedRule.shadowed(matches, indexed: true)
    #expect(direct.map(\.later) == indexed.map(\.later))
    #expect(direct.map(\.earlier) == indexed.map(\.earlier))
    // The pools make shadowing common: the comparison is not between two empty lists.
    if count > 12 { #expect(direct.count > count / 4) }
  }
}
