import CRE2Shim
import Synchronization

/// The one bridge to Google's RE2 (through the `CRE2Shim` C interface): the library Envoy compiles
/// route regexes with and whose syntax Go's `regexp` (bexpr's `matches`) implements. It decides
/// whether a pattern compiles, its program size and what it matches.
///
/// Patterns are compiled as Envoy compiles them (`re2::RE2(pattern, re2::RE2::Quiet)`) and cached:
/// each distinct pattern is compiled once per process. RE2 matches in linear time and bounds its
/// memory (`max_mem`, 8 MiB by default, as in Envoy), so neither compiling nor matching can spin.
enum RE2 {
  /// A compiled pattern. RE2 objects are immutable after construction and RE2 documents them as
  /// safe for concurrent use, hence `@unchecked Sendable`.
  final class Program: @unchecked Sendable {
    /// RE2's `ErrorCode` values the checker tells apart.
    enum ErrorCode: Int32 {
      case none = 0, internalError, badEscape, badCharClass, badCharRange, missingBracket, missingParen
      case unexpectedParen, trailingBackslash, repeatArgument, repeatSize, repeatOp, badPerlOp, badUTF8
      case badNamedCapture, patternTooLarge
    }

    private let handle: OpaquePointer?
    /// `nil` when RE2 accepted the pattern.
    let error: (code: ErrorCode, message: String, argument: String)?
    /// `ProgramSize()`: what Envoy compares with `re2.max_program_size.error_level`; `nil` when
    /// the pattern does not compile.
    let programSize: Int?

    fileprivate init(compiling pattern: String) {
      let bytes = Array(pattern.utf8)
      handle = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { centry_re2_compile($0.baseAddress, $0.count) }
      }
      guard let handle else {
        error = (.internalError, "out of memory", "")
        programSize = nil
        return
      }
      if centry_re2_ok(handle) == 1 {
        error = nil
        programSize = Int(centry_re2_program_size(handle))
      } else {
        error = (
          ErrorCode(rawValue: centry_re2_error_code(handle)) ?? .internalError,
          String(cString: centry_re2_error(handle)), String(cString: centry_re2_error_arg(handle))
        )
        programSize = nil
      }
    }

    deinit { centry_re2_free(handle) }

    /// True when RE2 accepted the pattern.
    var isValid: Bool { error == nil }

    /// `RE2::FullMatch`: the whole subject matches (Envoy's `safe_regex`); `nil` when the pattern
    /// does not compile.
    func fullMatch(_ subject: String) -> Bool? {
      run(subject, centry_re2_full_match)
    }

    /// `RE2::PartialMatch`: a match somewhere in the subject (Go's `regexp.MatchString`); `nil`
    /// when the pattern does not compile.
    func partialMatch(_ subject: String) -> Bool? {
      run(subject, centry_re2_partial_match)
    }

    private func run(
      _ subject: String, _ match: (OpaquePointer?, UnsafePointer<CChar>?, Int) -> Int32
    ) -> Bool? {
      guard let handle, isValid else { return nil }
      let bytes = Array(subject.utf8)
      let result = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { match(handle, $0.baseAddress, $0.count) }
      }
      return result < 0 ? nil : result == 1
    }
  }

  /// Compiled patterns by pattern text. Bounded so a long-running caller cannot grow it forever:
  /// at most ``cacheLimit`` programs, each of at most ``cachedProgramSizeLimit`` instructions, so
  /// the cache holds a few tens of megabytes at worst. A larger program (a short pattern such as
  /// `\pL{500}` compiles to megabytes) is compiled again when it is needed again.
  private static let cache = Mutex<[String: Program]>([:])
  private static let cacheLimit = 1024
  private static let cachedProgramSizeLimit = 2000

  /// `pattern` compiled by RE2, from the cache when it was compiled before.
  static func compile(_ pattern: String) -> Program {
    if let cached = cache.withLock({ $0[pattern] }) { return cached }
    let program = compileUncached(pattern)
    guard (program.programSize ?? 0) <= cachedProgramSizeLimit else { return program }
    cache.withLock { cache in
      if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
      cache[pattern] = program
    }
    return program
  }

  /// `pattern` compiled by RE2 and not kept (for one-off probes such as a prefix of a pattern).
  static func compileUncached(_ pattern: String) -> Program {
    Program(compiling: namedGroupsForOlderRE2(pattern))
  }

  /// `pattern` with every named group `(?<name>` written `(?P<name>`.
  ///
  /// RE2 accepts `(?<name>…)` since its 2023-07-01 release, as do the Envoy builds current Consul
  /// releases support and Go 1.22's `regexp`; Debian 12's libre2 (2022-06-01) predates it. The two
  /// spellings compile to the same program, so rewriting keeps the older library's verdict and
  /// program size equal to a current RE2's. Escapes, `\Q…\E` and character classes are skipped;
  /// lookbehind `(?<=` / `(?<!` is left alone (RE2 rejects it either way).
  static func namedGroupsForOlderRE2(_ pattern: String) -> String {
    let bytes = Array(pattern.utf8)
    guard bytes.count >= 3 else { return pattern }
    let backslash = UInt8(ascii: "\\")
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 4)
    var index = 0
    var inClass = false
    var changed = false
    func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == backslash {
        if at(index + 1) == UInt8(ascii: "Q") {
          // Literal text up to `\E` (or the end).
          var cursor = index + 2
          while cursor < bytes.count, !(bytes[cursor] == backslash && at(cursor + 1) == UInt8(ascii: "E")) {
            cursor += 1
          }
          let end = min(bytes.count, cursor + 2)
          output.append(contentsOf: bytes[index..<end])
          index = end
          continue
        }
        let end = min(bytes.count, index + 2)
        output.append(contentsOf: bytes[index..<end])
        index = end
        continue
      }
      if inClass {
        if byte == UInt8(ascii: "["), at(index + 1) == UInt8(ascii: ":") {
          // A POSIX class `[:alpha:]` inside the class: its `]` does not close the class.
          var cursor = index + 2
          while cursor + 1 < bytes.count,
            !(bytes[cursor] == UInt8(ascii: ":") && bytes[cursor + 1] == UInt8(ascii: "]"))
          {
            cursor += 1
          }
          let end = min(bytes.count, cursor + 2)
          output.append(contentsOf: bytes[index..<end])
          index = end
          continue
        }
        if byte == UInt8(ascii: "]") { inClass = false }
        output.append(byte)
        index += 1
        continue
      }
      if byte == UInt8(ascii: "[") {
        inClass = true
        output.append(byte)
        index += 1
        if at(index) == UInt8(ascii: "^") { output.append(UInt8(ascii: "^")); index += 1 }
        if at(index) == UInt8(ascii: "]") { output.append(UInt8(ascii: "]")); index += 1 }  // A leading `]` is literal.
        continue
      }
      if byte == UInt8(ascii: "("), at(index + 1) == UInt8(ascii: "?"), at(index + 2) == UInt8(ascii: "<"),
        let next = at(index + 3), next != UInt8(ascii: "="), next != UInt8(ascii: "!")
      {
        output.append(contentsOf: "(?P<".utf8)
        index += 3
        changed = true
        continue
      }
      output.append(byte)
      index += 1
    }
    return changed ? String(decoding: output, as: UTF8.self) : pattern
  }
}
