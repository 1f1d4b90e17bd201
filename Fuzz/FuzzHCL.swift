// libFuzzer target: the HCL v1 lexer and parser (scripts/fuzz.sh builds it).
import CentryCore
import CentrySyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHCL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  // A leading `{` would select the JSON parser; the JSON target covers that.
  var bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if bytes.first == UInt8(ascii: "{") { bytes.insert(UInt8(ascii: " "), at: 0) }
  var sources = SourceMap()
  let file = SourceFile(name: "fuzz.hcl", bytes: bytes)
  let id = sources.add(file)
  _ = Parser.parse(file, id: id)
  return 0
}
