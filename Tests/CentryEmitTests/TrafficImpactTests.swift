import CentryCore
import CentryEmit
import CentryEngine
import CentryTestSupport
import Testing

/// Entries from HCL texts, as lint decodes them.
private func entries(_ texts: [String]) -> LintReport {
  Linter.lint(texts.enumerated().map { SourceFile(name: "f\($0.offset).hcl", text: $0.element) })
}

private let webDefaults = WebEntries.defaults
private let webResolver = WebEntries.resolver
private let splitter = WebEntries.splitter

@Suite struct TrafficImpactTests {
  @Test func splitChange() {
    let before = entries([webDefaults, webResolver, splitter(90, 10)])
    let after = entries([webDefaults, webResolver, splitter(50, 50)])
    let impact = TrafficImpact.compare(before: before, after: after)
    #expect(impact.text == "traffic impact:\n  web:\n    route /* : 90% v1, 10% v2 → 50% v1, 50% v2\n")
  }

  @Test func newRouteReorderAndSettings() {
    let router = { (routes: String) in "Kind = \"service-router\"\nName = \"web\"\nRoutes = [\n\(routes)\n]\n" }
    let api =
      "{ Match { HTTP { PathPrefix = \"/api/\", Methods = [\"GET\"] } }\n Destination { ServiceSubset = \"v2\" } },"
    let admin = "{ Match { HTTP { PathExact = \"/admin\" } }\n Destination { ServiceSubset = \"v1\" } },"
    let adminSlow =
      "{ Match { HTTP { PathExact = \"/admin\" } }\n Destination { ServiceSubset = \"v1\", RequestTimeout = \"30s\", NumRetries = 2 } },"
    let before = entries([webDefaults, webResolver, router(admin)])
    let after = entries([webDefaults, webResolver, router(api + "\n" + adminSlow)])
    let changes = TrafficImpact.compare(before: before, after: after).services.first?.changes ?? []
    #expect(changes.contains(.routeAdded(route: "GET /api/*", position: 1, outcome: "100% v2")))
    #expect(
      changes.contains(.routeSettingChanged(route: "/admin", setting: "request timeout", old: "none", new: "30s")))
    #expect(changes.contains(.routeSettingChanged(route: "/admin", setting: "retries", old: "none", new: "2")))
    let swapped = entries([webDefaults, webResolver, router(adminSlow + "\n" + api)])
    let reorder = TrafficImpact.compare(before: after, after: swapped).services.first?.changes ?? []
    #expect(reorder == [.routesReordered(old: ["GET /api/*", "/admin", "/*"], new: ["/admin", "GET /api/*", "/*"])])
  }

  @Test func removedRouteFailoverAndLoadBalancer() {
    let resolver = { (extra: String) in "Kind = \"service-resolver\"\nName = \"db\"\n\(extra)\n" }
    let before = entries([resolver("")])
    let after = entries([
      resolver(
        "ConnectTimeout = \"10s\"\nFailover = { \"*\" = { Datacenters = [\"dc2\"] } }\nLoadBalancer = { Policy = \"least_request\" }"
      )
    ])
    let changes = TrafficImpact.compare(before: before, after: after).services.first?.changes ?? []
    #expect(changes.contains(.targetSettingChanged(target: "db", setting: "connect timeout", old: "5s", new: "10s")))
    #expect(changes.contains(.targetSettingChanged(target: "db", setting: "failover", old: "none", new: "db@dc2")))
    #expect(
      changes.contains(
        .targetSettingChanged(target: "db", setting: "load balancer", old: "default", new: "least_request")))
  }

  /// Consul stores methods upper-cased, so `get` in a file and a live `GET` are the same route.
  @Test func methodCaseIsNotAChange() {
    let router = { (method: String) in
      "Kind = \"service-router\"\nName = \"web\"\nRoutes = [{ Match { HTTP { PathPrefix = \"/a\", Methods = [\"\(method)\"] } } }]\n"
    }
    let impact = TrafficImpact.compare(
      before: entries([webDefaults, router("GET")]), after: entries([webDefaults, router("get")]))
    #expect(impact.isEmpty, "\(impact.text)")
  }

  @Test func unchangedSetHasNoImpact() {
    let set = entries([webDefaults, webResolver, splitter(90, 10)])
    #expect(TrafficImpact.compare(before: set, after: set).isEmpty)
    #expect(TrafficImpact.compare(before: set, after: set).text == "traffic impact: none\n")
  }
}
