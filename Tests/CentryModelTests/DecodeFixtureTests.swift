import CentryTestSupport
import Foundation
import Testing

/// `Fixtures/decode/<case>.{hcl,json}` → `<case>.<ext>.txt`: diagnostics and decoded model.
@Suite struct DecodeFixtureTests {
  @Test func decodeFixturesMatchTheirGoldens() throws {
    let files = modelFixtureFiles("decode")
    #expect(!files.isEmpty)
    for url in files {
      let text = try String(contentsOf: url, encoding: .utf8)
      let decoded = modelDecode(text, name: url.lastPathComponent)
      var out = "# syntax\n" + renderDecodeDiagnostics(decoded.syntax, decoded.source)
      out += "# diagnostics\n" + renderDecodeDiagnostics(decoded.result.diagnostics, decoded.source)
      out += "# entries (\(decoded.result.entryCount))\n"
      for entry in decoded.result.entries {
        out += "- \(entry.kind.rawValue)\(entry.bootstrapIndex.map { " bootstrap[\($0)]" } ?? "")\n"
        out += dumpModel(entry.entry, source: decoded.source)
      }
      assertGolden(out, matches: url.appendingPathExtension("txt"))
    }
  }
}
