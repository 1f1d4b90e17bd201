// libFuzzer target: decode and every check on generated entries — the input is a program that
// writes one to four entries from the schema's vocabulary (Fuzz/ASTProgram.swift), which then run
// through `Linter.lint` as one entry set (scripts/fuzz.sh builds it).
import CentryCore
import CentryEngine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAST(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let files = ASTProgram.files(from: Array(UnsafeBufferPointer(start: data, count: size)))
  _ = Linter.lint(files.map { SourceFile(name: $0.name, bytes: Array($0.text.utf8)) })
  return 0
}
