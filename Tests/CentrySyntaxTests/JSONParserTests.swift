import CentrySyntax
import Testing

@Suite struct JSONParserTests {
  func value(_ json: String) -> Value? {
    parse("{\"a\": \(json)}", name: "t.json").document.body.items.first?.value
  }

  @Test func membersBecomeItemsWithTheColonAsAssign() {
    let result = parse("{\"Kind\": \"service-defaults\", \"Name\": \"web\"}")
    #expect(result.diagnostics.isEmpty)
    #expect(result.document.flavor == .json)
    let items = result.document.body.items
    #expect(items.map { $0.keys.map(\.name) } == [["Kind"], ["Name"]])
    #expect(items.allSatisfy { $0.keys[0].isQuoted })
    #expect(items.first?.assign.map { span($0, result.source) } == "1:8-1:9")
  }

  @Test func scalarsAndNull() {
    guard case .number(let integer) = value("42"), case .number(let float) = value("-1.5e2"),
      case .bool(true, _) = value("true"), case .null = value("null")
    else {
      Issue.record("unexpected values")
      return
    }
    #expect(integer.value == .integer(42))
    #expect(float.value == .float(-150))
    #expect(messages("{\"a\": 1e400}") == ["number 1e400 is out of range for a 64-bit float"])
    guard case .number(let big) = value("18446744073709551616") else {
      Issue.record("18446744073709551616 is not a number")
      return
    }
    #expect(big.value == .float(18446744073709551616))
  }

  @Test func stringEscapesIncludingSurrogatePairs() {
    guard case .string(let literal) = value(#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\udc00""#) else {
      Issue.record("not a string")
      return
    }
    #expect(literal.value == "\"\\/\u{8}\u{C}\n\r\té😀\u{FFFD}")
  }

  @Test func duplicateKeysAreKept() {
    #expect(parse("{\"a\": 1, \"a\": 2}").document.body.items.count == 2)
  }

  @Test func arraysAndNestedObjects() {
    guard case .list(let list) = value("[1, {\"b\": [true]}, []]") else {
      Issue.record("not a list")
      return
    }
    #expect(list.elements.count == 3)
    guard case .object(let object) = list.elements[1] else {
      Issue.record("not an object")
      return
    }
    #expect(object.body.items.first?.keys.first?.name == "b")
  }

  @Test func reportsEveryProblemAndRecovers() {
    let result = parse("{\n  \"a\": 01,\n  \"b\" 2,\n  \"c\": [1 2],\n  \"d\": tru,\n  \"e\": \"ok\",\n}")
    #expect(
      result.diagnostics.map(\.message) == [
        "invalid number '01'",
        "expected ':' after key \"b\", found number 2",
        "expected ',' or ']' after an array element, found number 2",
        "invalid literal 'tru': strings must be quoted in JSON",
        "trailing comma before '}' is not allowed in JSON",
      ])
    #expect(result.document.body.items.map { $0.keys[0].name } == ["a", "b", "c", "d", "e"])
  }

  @Test func unterminatedObjectPointsAtTheOpener() {
    let result = parse("{\n  \"a\": {\n    \"b\": 1\n")
    #expect(result.diagnostics.count == 1)
    #expect(
      result.diagnostics[0].message == "unexpected end of input, expected '}' to close the object opened at line 2")
    #expect(result.diagnostics[0].notes.first?.message == "object opened here")
  }

  @Test func commentsAreReportedOnceAndKept() {
    let result = parse("{ // one\n \"a\": 1 /* two */ }")
    #expect(result.diagnostics.map(\.message) == ["comments are not allowed in JSON"])
    #expect(result.document.comments.count == 2)
  }

  @Test func trailingContentAfterTheObject() {
    #expect(messages("{} {}") == ["unexpected '{' after the end of the JSON object"])
  }
}
