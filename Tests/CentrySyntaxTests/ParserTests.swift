import CentryCore
import CentrySyntax
import Testing

@Suite struct ParserTests {
  @Test func parsesAssignmentsBlocksAndLists() {
    let result = parse(
      """
      Kind = "service-router"
      Routes = [
        {
          Match { HTTP { PathPrefix = "/next" } }
        },
      ]
      """)
    #expect(result.diagnostics.isEmpty)
    let items = result.document.body.items
    #expect(items.map { $0.keys.map(\.name) } == [["Kind"], ["Routes"]])
    guard case .list(let routes) = items[1].value, case .object(let route) = routes.elements.first,
      case .object(let match) = route.body.items.first?.value
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(route.body.items.first?.assign == nil)
    #expect(match.body.items.first?.keys.first?.name == "HTTP")
  }

  @Test func itemsOnOneLineNeedNoSeparator() {
    let result = parse("Header = [{ Name = \"x\" Exact = \"2\" }, { Name = \"y\", Exact = \"3\" }]\n")
    #expect(result.diagnostics.isEmpty)
    guard case .list(let list) = result.document.body.items.first?.value else {
      Issue.record("not a list")
      return
    }
    for element in list.elements {
      guard case .object(let object) = element else {
        Issue.record("not an object")
        continue
      }
      #expect(object.body.items.map { $0.keys[0].name } == ["Name", "Exact"])
    }
  }

  @Test func labelledBlocksChainKeys() {
    let result = parse("Subsets \"v1\" \"x\" { Filter = \"a\" }\n")
    #expect(result.diagnostics.isEmpty)
    let item = result.document.body.items[0]
    #expect(item.keys.map(\.name) == ["Subsets", "v1", "x"])
    #expect(item.keys.map(\.isQuoted) == [false, true, true])
  }

  @Test func reportsMissingEqualsWithKeyAndFoundToken() {
    #expect(messages("Routes ]\n") == ["expected '=' or '{' after key \"Routes\", found ']'"])
  }

  @Test func missingValueAtEndOfLineSaysNewline() {
    let result = parse("Kind =\nName = \"x\"\n")
    #expect(result.diagnostics.map(\.message) == ["expected a value after '=', found a newline"])
    #expect(result.diagnostics.first.map { span($0.range, result.source) } == "1:7-2:1")
    #expect(result.document.body.items.count == 2)
  }

  @Test func recoversAndReportsEveryProblem() {
    let result = parse("a = \nb = ]\nc = \"ok\"\nd { e = }\n")
    #expect(result.diagnostics.count == 3)
    #expect(result.document.body.items.map { $0.keys.first?.name } == ["a", "b", "c", "d"])
  }

  @Test func unterminatedObjectNotesTheOpener() {
    let result = parse("a = 1\nb {\n  c = 2\n")
    #expect(result.diagnostics.count == 1)
    #expect(
      result.diagnostics[0].message == "unexpected end of input, expected '}' to close the object opened at line 2")
    #expect(result.diagnostics[0].notes.first?.range.map { span($0, result.source) } == "2:3-2:4")
  }

  @Test func keepsCommentsAndAttachesThem() {
    let result = parse(
      """
      # lead one
      // lead two
      Kind = "x" # line
      /* floating */

      Name = "y"
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(result.document.comments.map(\.text) == ["# lead one", "// lead two", "# line", "/* floating */"])
    let items = result.document.body.items
    #expect(items[0].leadComments == [0, 1])
    #expect(items[0].lineComment == 2)
    #expect(items[1].leadComments == [])
  }

  @Test func numbersFollowHCLv1() {
    let result = parse("a = 10\nb = -3\nc = 1.5\nd = 1e3\ne = 0x1F\nf = 017\ng = -2.5E-2\n")
    #expect(result.diagnostics.isEmpty)
    let values: [NumberLiteral.Number] = result.document.body.items.compactMap {
      if case .number(let literal) = $0.value { return literal.value }
      return nil
    }
    #expect(
      values == [.integer(10), .integer(-3), .float(1.5), .float(1000), .integer(31), .integer(15), .float(-0.025)])
  }

  @Test func detectsFlavorLikeConsul() {
    #expect(parse("  \n {\"Kind\": \"x\"}").document.flavor == .json)
    #expect(parse("# c\n{}").document.flavor == .hcl)
    #expect(parse("").document.flavor == .hcl)
  }

  @Test func emptyAndCommentOnlyFilesAreValid() {
    #expect(parse("").diagnostics.isEmpty)
    #expect(parse("# only\n// comments\n/* here */\n").diagnostics.isEmpty)
    #expect(parse("# only\n").document.comments.count == 1)
  }
}

@Suite struct CommentAttachmentTests {
  @Test func lineCommentAfterACommaBelongsToTheItem() {
    let result = parse("m {\n  a = 1, # one\n  b = 2 // two\n  # lead of c\n  c = 3\n}\n")
    #expect(result.diagnostics.isEmpty)
    guard case .object(let object) = result.document.body.items.first?.value else {
      Issue.record("not an object")
      return
    }
    let items = object.body.items
    #expect(items.map(\.lineComment) == [0, 1, nil])
    #expect(items.map(\.leadComments) == [[], [], [2]])
  }

  @Test func blankLineDetachesALeadComment() {
    let result = parse("# file header\n\nKind = \"x\"\n")
    #expect(result.document.body.items.first?.leadComments == [])
    #expect(result.document.comments.count == 1)
  }
}

@Suite struct ASTDumpTests {
  @Test func dumpWithoutSourceShowsByteOffsets() {
    let result = parse("a = [1]\n")
    #expect(
      dump(result.document) == """
        document hcl 0..<8
          item a@0..<1 assign@2..<3
            list 4..<7 (1)
              integer 5..<6 1 (1)

        """)
    #expect(dump(result.document, in: result.source).hasPrefix("document hcl 1:1-2:1\n"))
  }

  @Test func unicodeWhitespaceBeforeTheBraceStillMeansJSON() {
    #expect(Parser.detectFlavor(SourceFile(name: "x", text: "\u{00A0}\u{2003}\n{}")) == .json)
    #expect(Parser.detectFlavor(SourceFile(name: "x", text: "#{}")) == .hcl)
  }
}
