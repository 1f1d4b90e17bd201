import Testing

/// Decoding must never trap, whatever the parser let through.
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
    _ = modelDecode(hcl)
    let json =
      "{\"Kind\": \"proxy-defaults\", \"Config\": " + String(repeating: "{\"a\": [", count: depth) + "1"
      + String(repeating: "]}", count: depth) + "}"
    _ = modelDecode(json, name: "deep.json")
  }
}

@Suite struct LargeInputDecodeTests {
  @Test func manyKeysDecodeInLinearTime() {
    var text = "Kind = \"service-defaults\"\nName = \"web\"\nMeta {\n"
    for index in 0..<50_000 { text += "  k\(index) = \"v\"\n" }
    text += "}\n"
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let decoded = modelDecode(text)
      #expect(decoded.result.entries.first?.serviceDefaults?.meta?.value.count == 50_000)
    }
    #expect(elapsed < .seconds(20))
  }
}

extension LargeInputDecodeTests {
  @Test func manyUnknownKeysStayFast() {
    var text = "Kind = \"service-defaults\"\nName = \"web\"\n"
    for index in 0..<20_000 { text += "Protocl\(index) = \"v\"\n" }
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let decoded = modelDecode(text)
      #expect(decoded.result.diagnostics.count == 20_000)
    }
    #expect(elapsed < .seconds(20))
  }
}
