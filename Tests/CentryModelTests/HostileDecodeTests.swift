import Testing

/// Decoding must never trap, whatever the parser let through. (How fast large inputs decode is
/// measured by `make bench`, not asserted here.)
@Suite struct HostileDecodeTests {
  @Test func longKeyChainsDoNotExhaustTheStack() {
    let labels = String(repeating: "\"a\" ", count: 100_000)
    for field in ["Config", "Subsets", "Routes", "Meta"] {
      for kind in ["proxy-defaults", "service-resolver"] {
        let decoded = modelDecode("Kind = \"\(kind)\"\n\(field) \(labels){ x = 1 }\n")
        #expect(decoded.result.entryCount == 1)
      }
    }
  }

  @Test func deepNestingWithinTheParserLimitDecodes() {
    let depth = 500
    let hcl =
      "Kind = \"proxy-defaults\"\nConfig " + String(repeating: "{ a ", count: depth) + "= 1"
      + String(repeating: " }", count: depth) + "\n"
    let decodedHCL = modelDecode(hcl)
    #expect(decodedHCL.syntax.isEmpty)
    #expect(decodedHCL.result.entries.first?.proxyDefaults?.config?.value.count == 1)
    // Each `{"a": [` is two levels: 250 of them and the outer object stay below the limit of 512.
    let jsonDepth = 250
    let json =
      "{\"Kind\": \"proxy-defaults\", \"Config\": " + String(repeating: "{\"a\": [", count: jsonDepth) + "1"
      + String(repeating: "]}", count: jsonDepth) + "}"
    let decodedJSON = modelDecode(json, name: "deep.json")
    #expect(decodedJSON.syntax.isEmpty)
    #expect(decodedJSON.result.entries.first?.proxyDefaults?.config?.value.count == 1)
  }
}

@Suite struct LargeInputDecodeTests {
  @Test func manyKeysDecode() {
    var text = "Kind = \"service-defaults\"\nName = \"web\"\nMeta {\n"
    for index in 0..<50_000 { text += "  k\(index) = \"v\"\n" }
    text += "}\n"
    let decoded = modelDecode(text)
    #expect(decoded.result.entries.first?.serviceDefaults?.meta?.value.count == 50_000)
  }
}

extension LargeInputDecodeTests {
  @Test func manyUnknownKeysAreEachReported() {
    var text = "Kind = \"service-defaults\"\nName = \"web\"\n"
    for index in 0..<20_000 { text += "Protocl\(index) = \"v\"\n" }
    let decoded = modelDecode(text)
    #expect(decoded.result.diagnostics.count == 20_000)
    #expect(decoded.result.diagnostics.allSatisfy { $0.rule == .unknownField })
  }
}
