import Testing

@testable import CentryKit

/// One expression and what the checker must say: `nil` for valid, else the first issue's kind and
/// the text its range covers.
private struct Case: Sendable, CustomTestStringConvertible {
  var expression: String
  var kind: ExprIssue.Kind?
  var at: String?
  var testDescription: String { expression }

  init(_ expression: String, _ kind: ExprIssue.Kind? = nil, at: String? = nil) {
    self.expression = expression
    self.kind = kind
    self.at = at
  }
}

private let cases: [Case] = [
  // Valid: every operator, selector and value form.
  Case("Service.Meta.version == v1"),
  Case("Service.Meta.version == \"v1\""),
  Case("Service.Meta.version == `v1`"),
  Case("Service.Meta.version != v1"),
  Case("Service.Meta.version==v1"),
  Case("Service.Meta.version is empty"),
  Case("Service.Meta.version is not empty"),
  Case("Service.Meta is empty"),
  Case("Service.Tags is not empty"),
  Case("\"v1\" in Service.Tags"),
  Case("v1 in Service.Tags"),
  Case("\"v1\" not in Service.Tags"),
  Case("Service.Tags contains \"v1\""),
  Case("Service.Tags not contains v1"),
  Case("Service.Meta contains version"),
  Case("\"version\" in Service.Meta"),
  Case("Service.Service contains web"),
  Case("\"we\" in Service.Service"),
  Case("Service.Meta.version matches \"^v[0-9]+$\""),
  Case("Service.Meta.version matches `^v\\d+$`"),
  Case("Service.Meta.version not matches \"^v1\""),
  Case("Service.Port == 8080"),
  Case("Service.Port != 0"),
  Case("Service.Weights.Passing == 1"),
  Case("Service.EnableTagOverride == true"),
  Case("Service.Connect.Native == false"),
  Case("Node.Meta[\"rack-id\"] == r1"),
  Case("Node.Meta[ \"rack-id\" ] == r1"),
  Case("Node.Datacenter == dc1 and Node.Node == n1"),
  Case("Node.Datacenter == dc1 or Node.Datacenter == dc2"),
  Case("not Service.Meta.canary == true"),
  Case("not not Service.Meta.canary == true"),
  Case("(Service.Meta.version == v1)"),
  Case("( Service.Meta.version == v1 or Service.Meta.version == v2 ) and Service.Port == 80"),
  Case("Service.Meta.version == v1 and (Node.Meta.zone == a or Node.Meta.zone == b)"),
  Case("Checks.0.Status == passing"),
  Case("any Checks as c { c.Status == passing }"),
  Case("all Checks as c { c.Status != critical and \"v1\" in c.ServiceTags }"),
  Case("any Service.Meta as k, v { k == version and v matches \"^v\" }"),
  Case("any Service.Tags as _, t { t == v1 }"),
  Case("all Service.Tags as i, _ { i == 0 }"),
  Case("(all Checks as c { c.Status == passing }) and Service.Port == 80"),
  Case("Service.Port == 80 or any Checks as c { c.Status == passing }"),
  Case("Service.Proxy is nil"),
  Case("Service.Tags is not nil"),
  Case("Service.TaggedAddresses.lan.Port == 8080"),
  Case("Service.Proxy.DestinationServiceName == web"),
  Case("Service.Proxy.Upstreams.0.DestinationName == db"),
  Case("\"/Service/Meta/version\" == v1"),
  Case("Service.Meta.version == \"1.2.3\""),
  Case("Service.Meta.version == 1.2"),
  Case("Service.Meta.version == -3"),
  Case("Service.Meta.version == v1.2"),
  Case("Service.Meta.version == \"caf\\u00e9\""),
  Case("Service.Kind == \"connect-proxy\""),
  Case("Service.Meta.version == \"\""),
  Case("\n\tService.Meta.version == v1\n"),
  // Syntax errors.
  Case("Service.Meta.version = v1", .filterSyntax, at: "="),
  Case("Service.Meta.version === v1", .filterSyntax, at: "==="),
  Case("Service.Meta.version", .filterSyntax, at: ""),
  Case("Service.Meta.version ==", .filterSyntax, at: ""),
  Case("", .filterSyntax, at: ""),
  Case("   ", .filterSyntax, at: ""),
  Case("Service.Meta.version == v1 &&  Node.Node == n1", .filterSyntax, at: "&&"),
  Case("Service.Meta.version == v1 AND Node.Node == n1", .filterSyntax, at: "AND"),
  Case("Service.Meta.version == v1 and", .filterSyntax, at: "and"),
  Case("(Service.Meta.version == v1", .filterSyntax, at: "("),
  Case("Service.Meta.version == v1)", .filterSyntax, at: ")"),
  Case("Service.Meta.version < 2", .filterSyntax, at: "<"),
  Case("Service.Meta.version >= 2", .filterSyntax, at: ">="),
  Case("Service.Meta.version == my-value", .filterSyntax, at: "my-value"),
  Case("Service.Meta.version == 1.2.3", .filterSyntax, at: "1.2.3"),
  Case("Service.Meta.version == \"v1", .filterSyntax, at: "\"v1"),
  Case("Service.Meta.version == \"a\\qb\"", .filterSyntax, at: "\\q"),
  Case("Service.Meta.version matches \"\\d+\"", .filterSyntax, at: "\\d"),
  Case("Node.Meta[rack] == r1", .filterSyntax, at: "[rack"),
  Case("Node.Meta[\"rack\" == r1", .filterSyntax, at: "[\"rack\" "),
  Case("Service.Meta.\"a.b\" == v1", .filterSyntax, at: "\"a.b\""),
  Case("Service..Meta == v1", .filterSyntax, at: "."),
  Case("\"v1\" == Service.Meta.version", .filterSyntax, at: "\"v1\""),
  Case("\"v1\" Service.Tags", .filterSyntax, at: "Service.Tags"),
  Case("\"v1\" in", .filterSyntax, at: "in"),
  Case("Service.Tags contains", .filterSyntax, at: "contains"),
  Case("Service.Meta.version is", .filterSyntax, at: "is"),
  Case("Service.Meta.version is null", .filterSyntax, at: "is"),
  Case("any Checks c { c.Status == passing }", .filterSyntax, at: "c"),
  Case("any Checks as c c.Status == passing", .filterSyntax, at: "c.Status"),
  Case("any Checks as c { c.Status == passing", .filterSyntax, at: "{"),
  Case("any Checks as c { c.Status == passing } and Service.Port == 80", .filterSyntax, at: "and"),
  Case("any Checks as _ { true == true }", .filterSyntax, at: "_"),
  Case("== v1", .filterSyntax, at: "=="),
  Case("Service.Meta.version == v1 or or Node.Node == x", .filterSyntax, at: "or"),
  Case("Service.Meta.version == 01", .filterSyntax, at: "01"),
  Case("not", .filterSyntax, at: "not"),
  // Unknown selectors.
  Case("Service.Metaa.version == v1", .filterUnknownSelector, at: "Metaa"),
  Case("service.Meta.version == v1", .filterUnknownSelector, at: "service"),
  Case("Services.Meta.version == v1", .filterUnknownSelector, at: "Services"),
  Case("Service.Tag contains v1", .filterUnknownSelector, at: "Tag"),
  Case("Node.Metadata.zone == a", .filterUnknownSelector, at: "Metadata"),
  Case("Checks.State == passing", .filterUnknownSelector, at: "State"),
  Case("Service.Port.Number == 1", .filterUnknownSelector, at: "Number"),
  Case("Service.Meta.a.b == v1", .filterUnknownSelector, at: "b"),
  Case("Checks.Status == passing", .filterUnknownSelector, at: "Status"),
  Case("\"primary\" in Checks.ServiceTags", .filterUnknownSelector, at: "ServiceTags"),
  Case("Service.Proxy.Upstreams.DestinationName == db", .filterUnknownSelector, at: "DestinationName"),
  Case("Service.Tags.first == v1", .filterUnknownSelector, at: "first"),
  Case("any Checks as c { c.Stat == passing }", .filterUnknownSelector, at: "Stat"),
  Case("any Checks as c { x.Status == passing }", .filterUnknownSelector, at: "x"),
  Case("Foo == bar", .filterUnknownSelector, at: "Foo"),
  Case("\"/Service/Metaa/version\" == v1", .filterUnknownSelector, at: "Metaa"),
  // Operators on the wrong type, and values that do not convert.
  Case("Service.Port contains \"x\"", .filterOperatorType, at: "contains"),
  Case("Service.Tags == v1", .filterOperatorType, at: "=="),
  Case("Service.Meta == v1", .filterOperatorType, at: "=="),
  Case("Service.Port matches \"80\"", .filterOperatorType, at: "matches"),
  Case("Service.Port is empty", .filterOperatorType, at: "is empty"),
  Case("Service.Weights == 1", .filterOperatorType, at: "=="),
  Case("Service.Tags matches v1", .filterOperatorType, at: "matches"),
  Case("Service.EnableTagOverride == yes", .filterOperatorType, at: "yes"),
  Case("Service.Port == http", .filterOperatorType, at: "http"),
  Case("Service.Port == 80.5", .filterOperatorType, at: "80.5"),
  Case("Checks is not empty"),
  Case("Checks == passing", .filterOperatorType, at: "=="),
  Case("Service.Meta.version is nil", .filterOperatorType, at: "is nil"),
  Case("any Service.Port as p { p == 1 }", .filterOperatorType, at: "any"),
  Case("any Checks as i, c { i == first }", .filterOperatorType, at: "first"),
  // Meta keys that can never exist.
  Case("Service.Meta[\"a.b\"] == v1", .filterMetaKey, at: "\"a.b\""),
  Case("Node.Meta[\"rack id\"] == r1", .filterMetaKey, at: "\"rack id\""),
  // `matches` patterns are RE2 too.
  Case("Service.Meta.version matches \"v(?=1)\"", .regexUnsupportedRE2, at: "(?="),
  Case("Service.Meta.version matches \"v(1\"", .regexSyntax, at: nil),
]

@Suite struct FilterTableTests {
  @Test("table has at least 80 expressions") func size() {
    #expect(cases.count >= 80)
  }

  @Test(arguments: cases) fileprivate func check(_ item: Case) {
    let issues = FilterChecker.check(item.expression)
    guard let kind = item.kind else {
      #expect(issues.isEmpty, "\(issues.map(\.message))")
      return
    }
    guard let first = issues.first else {
      Issue.record("expected \(kind.rawValue), got nothing")
      return
    }
    #expect(first.kind == kind, "\(first.message)")
    if let at = item.at {
      let bytes = Array(item.expression.utf8)
      let lower = min(first.range.lowerBound, bytes.count), upper = min(first.range.upperBound, bytes.count)
      #expect(String(decoding: bytes[lower..<upper], as: UTF8.self) == at, "\(first.message)")
    }
    #expect(!first.message.hasSuffix("."))
    #expect(first.message.first.map { !$0.isUppercase || first.message.hasPrefix("RE2") } ?? false)
  }

  @Test func messages() {
    #expect(FilterChecker.check("Service.Meta.version = v1").first?.message
      == "expected a match operator such as `==` after selector, found `=`")
    #expect(FilterChecker.check("Service.Meta.version = v1").first?.replacement == "==")
    let metaa = FilterChecker.check("Service.Metaa.version == v1").first
    #expect(metaa?.message == "unknown field `Metaa` of `Service`")
    #expect(metaa?.replacement == "Meta")
    #expect(FilterChecker.check("Service.Port contains \"x\"").first?.message
      == "operator `contains` cannot be applied to `Service.Port`, which is an integer")
    #expect(FilterChecker.check("Service.Meta.a.b == v1").first?.help == "for a key containing dots write `Service.Meta[\"a.b\"]`")
  }

  @Test func parseTree() throws {
    let tree = try FilterParser.parse("a == 1 or b == 2 and not c is empty").get()
    guard case .or(.match(let a), .and(.match(let b), .not(.match(let c), _))) = tree else {
      Issue.record("wrong precedence: \(tree)")
      return
    }
    #expect(a.selector.path == "a" && a.op == .equal && a.value?.raw == "1" && a.value?.kind == .number)
    #expect(b.selector.path == "b" && c.op == .isEmpty && c.value == nil)
    let index = try FilterParser.parse("Node.Meta[\"rack-id\"] == `r\\1`").get()
    guard case .match(let match) = index else { return }
    #expect(match.selector.segments.map(\.name) == ["Node", "Meta", "rack-id"])
    #expect(match.value?.raw == "r\\1")
    let inTree = try FilterParser.parse("v1 in Service.Tags").get()
    guard case .match(let inMatch) = inTree else { return }
    #expect(inMatch.op == .in && inMatch.value?.raw == "v1" && inMatch.selector.path == "Service.Tags")
  }
}
