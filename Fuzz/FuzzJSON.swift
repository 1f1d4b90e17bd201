// libFuzzer target: the JSON parser (scripts/fuzz.sh builds it).
import CentryCore
import CentrySyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  // Content decides the parser: a document whose first non-blank byte is `{` is JSON.
  var bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if bytes.first != UInt8(ascii: "{") { bytes.insert(UInt8(ascii: "{"), at: 0) }
  var sources = SourceMap()
  let file = SourceFile(name: "fuzz.json", bytes: bytes)
  let id = sources.add(file)
  _ = Parser.parse(file, id: id)
  return 0
}
