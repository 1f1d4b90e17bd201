// libFuzzer target: the regex checker, both dialects (scripts/fuzz.sh builds it).
import CentryAnalysis

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegex(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let pattern = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = RegexChecker.checkPathRegex(pattern)
  _ = RegexChecker.check(pattern, dialect: .go)
  return 0
}
