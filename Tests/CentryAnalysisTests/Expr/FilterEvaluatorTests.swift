import CentryTestSupport
import Foundation
import Testing

@testable import CentryAnalysis

@Suite struct FilterEvaluatorTests {
  static func catalog(_ name: String) throws -> ServiceCatalog {
    let data = try Data(contentsOf: fixturesRoot.appendingPathComponent("expr/\(name)"))
    return try ServiceCatalog.parse(Array(data)).get()
  }

  /// Filter → the `Service.ID`s it selects from catalog-web.json, computed by hand.
  static let expectations: [(String, [String])] = [
    ("Service.Meta.version == v1", ["web-1"]),
    ("Service.Meta.version != v1", ["web-2", "web-3"]),
    ("Service.Meta.version matches \"^v1\"", ["web-1", "web-3"]),
    ("Service.Meta.version matches \"^v1$\"", ["web-1"]),
    ("Service.Meta.version not matches \"^v1\"", ["web-2"]),
    // Go's MatchString: unanchored, RE2 syntax (`(?<n>…)`, `[\d-z]`), UTF-8 aware.
    ("Service.Meta.version matches \"0\"", ["web-3"]),
    ("Service.Meta.version matches `^(?<major>v[\\d-z])$`", ["web-1", "web-2"]),
    ("Service.Meta.team matches `^caf.$`", ["web-3"]),
    ("Node.Node matches `(?i)NODE-[12]`", ["web-1", "web-2"]),
    ("\"v1\" in Service.Tags", ["web-1"]),
    ("v2 not in Service.Tags", ["web-1", "web-3"]),
    ("Service.Tags contains primary", ["web-1"]),
    ("Service.Tags is empty", ["web-3"]),
    ("Service.Tags is not empty", ["web-1", "web-2"]),
    ("Service.Meta.canary is empty", ["web-1", "web-3"]),
    ("Service.Meta contains canary", ["web-2"]),
    ("\"canary\" not in Service.Meta", ["web-1", "web-3"]),
    ("Service.Port == 8080", ["web-1", "web-2"]),
    ("Service.Port != 8080", ["web-3"]),
    ("Service.Weights.Passing == 3", ["web-2"]),
    ("Service.EnableTagOverride == true", ["web-2"]),
    ("Service.EnableTagOverride == false", ["web-1", "web-3"]),
    ("Node.Meta[\"rack-id\"] == r2", ["web-2"]),
    ("Node.Datacenter == dc1 and Service.Meta.version == v2", ["web-2"]),
    ("Node.Datacenter == dc2 or Service.Meta.version == v1", ["web-1", "web-3"]),
    ("not Node.Datacenter == dc1", ["web-3"]),
    ("any Checks as c { c.Status == critical }", ["web-2"]),
    ("all Checks as c { c.Status == passing }", ["web-1", "web-3"]),
    ("all Checks as c { c.Status != critical }", ["web-1", "web-3"]),
    ("Checks.1.Status == critical", ["web-2"]),
    ("Checks.1.Status != critical", ["web-1"]),
    ("Checks is empty", ["web-3"]),
    ("any Checks as c { \"v2\" in c.ServiceTags }", ["web-2"]),
    ("any Service.Meta as k { k == canary }", ["web-2"]),
    ("any Service.Meta as k, v { k == team and v contains caf }", ["web-3"]),
    ("all Service.Tags as i, t { i == 0 and t == v2 }", ["web-2", "web-3"]),
    ("Service.Meta.canary != true", ["web-1", "web-3"]),
    ("Service.Meta.canary == \"\"", []),
    ("Service.Meta.canary not matches \"t\"", ["web-1", "web-3"]),
    ("Service.Meta.canary is nil", ["web-1", "web-3"]),
    ("Service.Proxy is nil", ["web-1", "web-2", "web-3"]),
    ("Service.Tags is not nil", ["web-1", "web-2", "web-3"]),
    ("Service.Address contains \"10.0.0\"", ["web-1", "web-2"]),
    ("Service.Address is empty", ["web-3"]),
    ("Service.Meta.team == \"caf\\u00e9\"", ["web-3"]),
    ("\"/Service/Meta/version\" == v2", ["web-2"]),
    (
      "(Service.Meta.version == v1 or Service.Meta.version == v2) and not (any Checks as c { c.Status == critical })",
      ["web-1"]
    ),
    ("Service.Metaa.version == v1", []),
  ]

  @Test func webCatalog() throws {
    let instances = try Self.catalog("catalog-web.json").instances(of: "web")
    #expect(instances.count == 3)
    for (expression, expected) in Self.expectations {
      let tree = try FilterParser.parse(expression).get()
      let selected = FilterEvaluator.select(tree, from: instances).map { instance -> String in
        if case .string(let id)? = instance.json["Service"]?["ID"] { return id }
        return "?"
      }
      #expect(selected == expected, "\(expression)")
    }
  }

  @Test func multiServiceCatalog() throws {
    let catalog = try Self.catalog("catalog-multi.json")
    #expect(catalog.services.keys.sorted() == ["api", "db"])
    let tree = try FilterParser.parse("Service.Meta.color == green").get()
    #expect(FilterEvaluator.select(tree, from: catalog.instances(of: "api")).map(\.id) == ["node-2/api-2"])
    #expect(FilterEvaluator.select(tree, from: catalog.instances(of: "db")).isEmpty)
    #expect(catalog.instances(of: "missing").isEmpty)
  }

  @Test func badCatalogs() {
    #expect((try? ServiceCatalog.parse(Array("[1,".utf8)).get()) == nil)
    #expect((try? ServiceCatalog.parse(Array("{\"a\": 1}".utf8)).get()) == nil)
    #expect((try? ServiceCatalog.parse(Array("\"x\"".utf8)).get()) == nil)
    if case .failure(let error) = CatalogJSON.parse(Array("{\"a\" 1}".utf8)) {
      #expect(error.offset == 5)
    } else {
      Issue.record("expected a JSON error")
    }
  }

  @Test func jsonEscapes() throws {
    let value = try CatalogJSON.parse(Array(#"{"s": "a\u00e9\ud83d\ude00\n\/"}"#.utf8)).get()
    #expect(value["s"] == .string("a\u{e9}\u{1F600}\n/"))
  }
}
