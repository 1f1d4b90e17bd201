import CentryAnalysis
import Testing

/// Filters as wide or as deep as a hostile input makes them: wide chains are one node and
/// evaluate like bexpr; deep nesting stops at ``FilterParser/maximumNesting`` with a
/// `filter-syntax` issue at the construct, never a stack overflow.
@Suite struct FilterBoundsTests {
  @Test func twentyThousandClausesAreOneNode() throws {
    let text = (0..<20_000).map { "Service.Meta.k\($0) == v" }.joined(separator: " and ")
    let tree = try FilterParser.parse(text).get()
    guard case .and(let operands) = tree else {
      Issue.record("not an `and` node")
      return
    }
    #expect(operands.count == 20_000)
    #expect(tree.matches.count == 20_000)
    #expect(FilterChecker.check(tree).isEmpty)
    let instance = try CatalogJSON.parse(Array(#"{"Service": {"Meta": {"k0": "v"}}}"#.utf8)).get()
    #expect(FilterEvaluator.evaluate(tree, on: instance) == false)
  }

  @Test func chainsKeepPrecedenceAndOrder() throws {
    let tree = try FilterParser.parse("a == 1 and b == 2 or c == 3 and not d == 4 or e == 5").get()
    guard case .or(let alternatives) = tree, alternatives.count == 3, case .and(let first) = alternatives[0],
      case .and(let second) = alternatives[1], case .match(let last) = alternatives[2]
    else {
      Issue.record("wrong shape: \(tree)")
      return
    }
    #expect(first.count == 2 && second.count == 2 && last.selector.path == "e")
    guard case .not(.match(let negated), _) = second[1] else {
      Issue.record("`not` lost: \(second[1])")
      return
    }
    #expect(negated.selector.path == "d")
  }

  @Test func aCollectionMayEndAnOrChainOnly() throws {
    let tree = try FilterParser.parse("Service.ID == a or any Service.Tags as t { t == x }").get()
    guard case .or(let operands) = tree, operands.count == 2, case .collection = operands[1] else {
      Issue.record("wrong shape: \(tree)")
      return
    }
    let joined = FilterParser.parse("any Service.Tags as t { t == x } or Service.ID == a")
    #expect(throws: ExprIssue.self) { try joined.get() }
  }

  @Test func nestingUpToTheBoundParses() throws {
    let depth = FilterParser.maximumNesting
    let parenthesised = String(repeating: "(", count: depth) + "Service.ID == x" + String(repeating: ")", count: depth)
    #expect(FilterChecker.check(parenthesised).isEmpty)
    let negated = String(repeating: "not ", count: depth) + "Service.ID == x"
    let tree = try FilterParser.parse(negated).get()
    let instance = try CatalogJSON.parse(Array(#"{"Service": {"ID": "x"}}"#.utf8)).get()
    #expect(FilterEvaluator.evaluate(tree, on: instance) == (depth % 2 == 0))
  }

  @Test(arguments: ["(", "not ", "any Service.Tags as t { "])
  func nestingPastTheBoundIsASyntaxIssueAtTheConstruct(_ opener: String) {
    let depth = 100_000
    let closer = opener == "(" ? ")" : opener == "not " ? "" : " }"
    let body = opener.hasPrefix("any") ? "t == x" : "Service.ID == x"
    let text = String(repeating: opener, count: depth) + body + String(repeating: closer, count: depth)
    guard case .failure(let issue) = FilterParser.parse(text) else {
      Issue.record("parsed a filter nested \(depth) deep")
      return
    }
    #expect(issue.kind == .filterSyntax)
    #expect(issue.message.hasPrefix("filter nests deeper than "))
    #expect(issue.message.hasSuffix(" levels of parentheses, `not` and `any`/`all`"))
    // At the first construct past the bound (or where the stack ran low), never at the start.
    let offset = issue.range.lowerBound
    #expect(offset > 0 && offset <= FilterParser.maximumNesting * opener.utf8.count)
    #expect(text.utf8.dropFirst(offset).starts(with: opener.prefix(3).utf8))
  }
}
