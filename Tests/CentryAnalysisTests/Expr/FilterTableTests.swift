import Testing

@testable import CentryAnalysis

private let cases: [ExprCase] = [
  // Valid: every operator, selector and value form.
  ExprCase("Service.Meta.version == v1"),
  ExprCase("Service.Meta.version == \"v1\""),
  ExprCase("Service.Meta.version == `v1`"),
  ExprCase("Service.Meta.version != v1"),
  ExprCase("Service.Meta.version==v1"),
  ExprCase("Service.Meta.version is empty"),
  ExprCase("Service.Meta.version is not empty"),
  ExprCase("Service.Meta is empty"),
  ExprCase("Service.Tags is not empty"),
  ExprCase("\"v1\" in Service.Tags"),
  ExprCase("v1 in Service.Tags"),
  ExprCase("\"v1\" not in Service.Tags"),
  ExprCase("Service.Tags contains \"v1\""),
  ExprCase("Service.Tags not contains v1"),
  ExprCase("Service.Meta contains version"),
  ExprCase("\"version\" in Service.Meta"),
  ExprCase("Service.Service contains web"),
  ExprCase("\"we\" in Service.Service"),
  ExprCase("Service.Meta.version matches \"^v[0-9]+$\""),
  ExprCase("Service.Meta.version matches `^v\\d+$`"),
  ExprCase("Service.Meta.version not matches \"^v1\""),
  ExprCase("Service.Port == 8080"),
  ExprCase("Service.Port != 0"),
  ExprCase("Service.Weights.Passing == 1"),
  ExprCase("Service.EnableTagOverride == true"),
  ExprCase("Service.Connect.Native == false"),
  ExprCase("Node.Meta[\"rack-id\"] == r1"),
  ExprCase("Node.Meta[ \"rack-id\" ] == r1"),
  ExprCase("Node.Datacenter == dc1 and Node.Node == n1"),
  ExprCase("Node.Datacenter == dc1 or Node.Datacenter == dc2"),
  ExprCase("not Service.Meta.canary == true"),
  ExprCase("not not Service.Meta.canary == true"),
  ExprCase("(Service.Meta.version == v1)"),
  ExprCase("( Service.Meta.version == v1 or Service.Meta.version == v2 ) and Service.Port == 80"),
  ExprCase("Service.Meta.version == v1 and (Node.Meta.zone == a or Node.Meta.zone == b)"),
  ExprCase("Checks.0.Status == passing"),
  ExprCase("any Checks as c { c.Status == passing }"),
  ExprCase("all Checks as c { c.Status != critical and \"v1\" in c.ServiceTags }"),
  ExprCase("any Service.Meta as k, v { k == version and v matches \"^v\" }"),
  ExprCase("any Service.Tags as _, t { t == v1 }"),
  ExprCase("all Service.Tags as i, _ { i == 0 }"),
  ExprCase("(all Checks as c { c.Status == passing }) and Service.Port == 80"),
  ExprCase("Service.Port == 80 or any Checks as c { c.Status == passing }"),
  ExprCase("Service.Proxy is nil"),
  ExprCase("Service.Tags is not nil"),
  ExprCase("Service.TaggedAddresses.lan.Port == 8080"),
  ExprCase("Service.Proxy.DestinationServiceName == web"),
  ExprCase("Service.Proxy.Upstreams.0.DestinationName == db"),
  ExprCase("\"/Service/Meta/version\" == v1"),
  ExprCase("Service.Meta.version == \"1.2.3\""),
  ExprCase("Service.Meta.version == 1.2"),
  ExprCase("Service.Meta.version == -3"),
  ExprCase("Service.Meta.version == v1.2"),
  ExprCase("Service.Meta.version == \"caf\\u00e9\""),
  ExprCase("Service.Kind == \"connect-proxy\""),
  ExprCase("Service.Meta.version == \"\""),
  ExprCase("\n\tService.Meta.version == v1\n"),
  // Syntax errors.
  ExprCase("Service.Meta.version = v1", .filterSyntax, at: "="),
  ExprCase("Service.Meta.version === v1", .filterSyntax, at: "==="),
  ExprCase("Service.Meta.version", .filterSyntax, at: ""),
  ExprCase("Service.Meta.version ==", .filterSyntax, at: ""),
  ExprCase("", .filterSyntax, at: ""),
  ExprCase("   ", .filterSyntax, at: ""),
  ExprCase("Service.Meta.version == v1 &&  Node.Node == n1", .filterSyntax, at: "&&"),
  ExprCase("Service.Meta.version == v1 AND Node.Node == n1", .filterSyntax, at: "AND"),
  ExprCase("Service.Meta.version == v1 and", .filterSyntax, at: "and"),
  ExprCase("(Service.Meta.version == v1", .filterSyntax, at: "("),
  ExprCase("Service.Meta.version == v1)", .filterSyntax, at: ")"),
  ExprCase("Service.Meta.version < 2", .filterSyntax, at: "<"),
  ExprCase("Service.Meta.version >= 2", .filterSyntax, at: ">="),
  ExprCase("Service.Meta.version == my-value", .filterSyntax, at: "my-value"),
  ExprCase("Service.Meta.version == 1.2.3", .filterSyntax, at: "1.2.3"),
  ExprCase("Service.Meta.version == \"v1", .filterSyntax, at: "\"v1"),
  ExprCase("Service.Meta.version == \"a\\qb\"", .filterSyntax, at: "\\q"),
  ExprCase("Service.Meta.version matches \"\\d+\"", .filterSyntax, at: "\\d"),
  ExprCase("Node.Meta[rack] == r1", .filterSyntax, at: "[rack"),
  ExprCase("Node.Meta[\"rack\" == r1", .filterSyntax, at: "[\"rack\" "),
  ExprCase("Service.Meta.\"a.b\" == v1", .filterSyntax, at: "\"a.b\""),
  ExprCase("Service..Meta == v1", .filterSyntax, at: "."),
  ExprCase("\"v1\" == Service.Meta.version", .filterSyntax, at: "\"v1\""),
  ExprCase("\"v1\" Service.Tags", .filterSyntax, at: "Service.Tags"),
  ExprCase("\"v1\" in", .filterSyntax, at: "in"),
  ExprCase("Service.Tags contains", .filterSyntax, at: "contains"),
  ExprCase("Service.Meta.version is", .filterSyntax, at: "is"),
  ExprCase("Service.Meta.version is null", .filterSyntax, at: "is"),
  ExprCase("any Checks c { c.Status == passing }", .filterSyntax, at: "c"),
  ExprCase("any Checks as c c.Status == passing", .filterSyntax, at: "c.Status"),
  ExprCase("any Checks as c { c.Status == passing", .filterSyntax, at: "{"),
  ExprCase("any Checks as c { c.Status == passing } and Service.Port == 80", .filterSyntax, at: "and"),
  ExprCase("any Checks as _ { true == true }", .filterSyntax, at: "_"),
  ExprCase("== v1", .filterSyntax, at: "=="),
  ExprCase("Service.Meta.version == v1 or or Node.Node == x", .filterSyntax, at: "or"),
  ExprCase("Service.Meta.version == 01", .filterSyntax, at: "01"),
  ExprCase("not", .filterSyntax, at: "not"),
  // Unknown selectors.
  ExprCase("Service.Metaa.version == v1", .filterUnknownSelector, at: "Metaa"),
  ExprCase("service.Meta.version == v1", .filterUnknownSelector, at: "service"),
  ExprCase("Services.Meta.version == v1", .filterUnknownSelector, at: "Services"),
  ExprCase("Service.Tag contains v1", .filterUnknownSelector, at: "Tag"),
  ExprCase("Node.Metadata.zone == a", .filterUnknownSelector, at: "Metadata"),
  ExprCase("Checks.State == passing", .filterUnknownSelector, at: "State"),
  ExprCase("Service.Port.Number == 1", .filterUnknownSelector, at: "Number"),
  ExprCase("Service.Meta.a.b == v1", .filterUnknownSelector, at: "b"),
  ExprCase("Checks.Status == passing", .filterUnknownSelector, at: "Status"),
  ExprCase("\"primary\" in Checks.ServiceTags", .filterUnknownSelector, at: "ServiceTags"),
  ExprCase("Service.Proxy.Upstreams.DestinationName == db", .filterUnknownSelector, at: "DestinationName"),
  ExprCase("Service.Tags.first == v1", .filterUnknownSelector, at: "first"),
  ExprCase("any Checks as c { c.Stat == passing }", .filterUnknownSelector, at: "Stat"),
  ExprCase("any Checks as c { x.Status == passing }", .filterUnknownSelector, at: "x"),
  ExprCase("Foo == bar", .filterUnknownSelector, at: "Foo"),
  ExprCase("\"/Service/Metaa/version\" == v1", .filterUnknownSelector, at: "Metaa"),
  // Operators on the wrong type, and values that do not convert.
  ExprCase("Service.Port contains \"x\"", .filterOperatorType, at: "contains"),
  ExprCase("Service.Tags == v1", .filterOperatorType, at: "=="),
  ExprCase("Service.Meta == v1", .filterOperatorType, at: "=="),
  ExprCase("Service.Port matches \"80\"", .filterOperatorType, at: "matches"),
  ExprCase("Service.Port is empty", .filterOperatorType, at: "is empty"),
  ExprCase("Service.Weights == 1", .filterOperatorType, at: "=="),
  ExprCase("Service.Tags matches v1", .filterOperatorType, at: "matches"),
  ExprCase("Service.EnableTagOverride == yes", .filterOperatorType, at: "yes"),
  ExprCase("Service.Port == http", .filterOperatorType, at: "http"),
  ExprCase("Service.Port == 80.5", .filterOperatorType, at: "80.5"),
  ExprCase("Checks is not empty"),
  ExprCase("Checks == passing", .filterOperatorType, at: "=="),
  ExprCase("Service.Meta.version is nil", .filterOperatorType, at: "is nil"),
  ExprCase("any Service.Port as p { p == 1 }", .filterOperatorType, at: "any"),
  ExprCase("any Checks as i, c { i == first }", .filterOperatorType, at: "first"),
  // Meta keys that can never exist.
  ExprCase("Service.Meta[\"a.b\"] == v1", .filterMetaKey, at: "\"a.b\""),
  ExprCase("Node.Meta[\"rack id\"] == r1", .filterMetaKey, at: "\"rack id\""),
  // `matches` patterns are RE2 too.
  ExprCase("Service.Meta.version matches \"v(?=1)\"", .regexUnsupportedRE2, at: "(?="),
  ExprCase("Service.Meta.version matches \"v(1\"", .regexSyntax, at: nil),
]

@Suite struct FilterTableTests {
  @Test("table has at least 80 expressions") func size() {
    #expect(cases.count >= 80)
  }

  @Test(arguments: cases) func check(_ item: ExprCase) {
    guard let first = item.expectMatches(FilterChecker.check(item.text)) else { return }
    #expect(!first.message.hasSuffix("."))
    #expect(first.message.first.map { !$0.isUppercase || first.message.hasPrefix("RE2") } ?? false)
  }

  @Test func messages() {
    #expect(
      FilterChecker.check("Service.Meta.version = v1").first?.message
        == "expected a match operator such as `==` after selector, found `=`")
    #expect(FilterChecker.check("Service.Meta.version = v1").first?.replacement == "==")
    let metaa = FilterChecker.check("Service.Metaa.version == v1").first
    #expect(metaa?.message == "unknown field `Metaa` of `Service`")
    #expect(metaa?.replacement == "Meta")
    #expect(
      FilterChecker.check("Service.Port contains \"x\"").first?.message
        == "operator `contains` cannot be applied to `Service.Port`, which is an integer")
    #expect(
      FilterChecker.check("Service.Meta.a.b == v1").first?.help
        == "for a key containing dots write `Service.Meta[\"a.b\"]`")
  }

  @Test func parseTree() throws {
    let tree = try FilterParser.parse("a == 1 or b == 2 and not c is empty").get()
    guard case .or(let either) = tree, either.count == 2, case .match(let a) = either[0],
      case .and(let both) = either[1], both.count == 2, case .match(let b) = both[0],
      case .not(.match(let c), _) = both[1]
    else {
      Issue.record("wrong precedence: \(tree)")
      return
    }
    #expect(a.selector.path == "a" && a.op == .equal && a.value?.raw == "1" && a.value?.kind == .number)
    #expect(b.selector.path == "b" && c.op == .isEmpty && c.value == nil)
    let index = try FilterParser.parse("Node.Meta[\"rack-id\"] == `r\\1`").get()
    guard case .match(let match) = index else {
      Issue.record("not a match: \(index)")
      return
    }
    #expect(match.selector.segments.map(\.name) == ["Node", "Meta", "rack-id"])
    #expect(match.value?.raw == "r\\1")
    let inTree = try FilterParser.parse("v1 in Service.Tags").get()
    guard case .match(let inMatch) = inTree else {
      Issue.record("not a match: \(inTree)")
      return
    }
    #expect(inMatch.op == .in && inMatch.value?.raw == "v1" && inMatch.selector.path == "Service.Tags")
  }
}
