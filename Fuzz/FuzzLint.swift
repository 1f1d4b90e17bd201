// libFuzzer target: parse, decode, chain compilation and every rule on arbitrary input, as
// `centry lint` runs them (scripts/fuzz.sh builds it).
import CentryCore
import CentryEngine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let file = SourceFile(name: "fuzz.hcl", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  _ = Linter.lint([file])
  return 0
}
