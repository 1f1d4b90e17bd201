import Synchronization

/// Checks regexes that Envoy compiles with RE2 (`PathRegex`, header and query-param `Regex`) and
/// that bexpr compiles with Go's `regexp` (`matches`), whose syntax RE2 defines.
///
/// Google's RE2 (the library Envoy links, see ``RE2``) decides: a pattern is valid exactly when
/// RE2 compiles it, and its program size is RE2's `ProgramSize()`. RE2's errors carry no position,
/// so a rejected pattern is placed by the scan below (lookaround, backreferences, possessive
/// quantifiers … at the construct), then by PCRE2's error offset, then by finding RE2's error
/// argument in the pattern.
public enum RegexChecker {
  /// Envoy's default `max_program_size` error level (runtime key `re2.max_program_size.error_level`).
  public static let envoyProgramSizeLimit = 100

  /// Who compiles the pattern.
  public enum Dialect: Sendable, Hashable {
    /// Envoy: RE2, with the program-size limit.
    case envoy
    /// Go's `regexp` (bexpr's `matches`): RE2's syntax without `\C`; no program-size limit.
    case go
  }

  /// Verdicts by pattern and dialect: several rules ask about the same pattern, and a short
  /// pattern can take RE2 a long time to compile (`\pL{200}`), too large a program to keep in
  /// ``RE2``'s cache. Bounded like it.
  private static let verdicts = Mutex<[VerdictKey: [ExprIssue]]>([:])
  private static let verdictLimit = 4096

  private struct VerdictKey: Hashable {
    var pattern: String
    var dialect: Dialect
  }

  /// Every problem with `pattern`: at most one (a rejection, or else the program size).
  public static func check(_ pattern: String, dialect: Dialect = .envoy) -> [ExprIssue] {
    let key = VerdictKey(pattern: pattern, dialect: dialect)
    if let known = verdicts.withLock({ $0[key] }) { return known }
    let issues = uncachedCheck(pattern, dialect: dialect)
    verdicts.withLock { verdicts in
      if verdicts.count >= verdictLimit { verdicts.removeAll(keepingCapacity: true) }
      verdicts[key] = issues
    }
    return issues
  }

  private static func uncachedCheck(_ pattern: String, dialect: Dialect) -> [ExprIssue] {
    let bytes = Array(pattern.utf8)
    let program = RE2.compile(pattern)
    guard let error = program.error else {
      switch dialect {
      case .go:
        if let anyByte = goRejectsAnyByte(bytes) { return [anyByte] }
      case .envoy:
        if let size = program.programSize, size > envoyProgramSizeLimit {
          return [programSizeIssue(size, length: bytes.count)]
        }
      }
      return []
    }
    if let unsupported = unsupportedConstruct(bytes, dialect: dialect) { return [unsupported] }
    if let compileError = PCRE2.compileError(pattern) {
      let offset = min(max(0, compileError.offset), bytes.count)
      var end = offset
      if end < bytes.count {
        end += 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      }
      let start = offset == bytes.count && offset > 0 ? offset - 1 : offset
      return [ExprIssue(.regexSyntax, "invalid regex: \(compileError.message)", at: start..<max(start, end))]
    }
    return [re2OnlyRejection(bytes, error)]
  }

  /// RE2's program size for `pattern` (what Envoy compares with its limit); `nil` when RE2 does
  /// not compile it.
  public static func programSize(_ pattern: String) -> Int? {
    RE2.compile(pattern).programSize
  }

  /// ``check(_:dialect:)`` plus the anchoring check for `PathRegex`, which Envoy matches against
  /// the whole path.
  public static func checkPathRegex(_ pattern: String) -> [ExprIssue] {
    var issues = check(pattern)
    let bytes = Array(pattern.utf8)
    let meta = Set(".^$*+?()[]{}|\\".utf8)
    if !bytes.isEmpty, !bytes.contains(where: { meta.contains($0) }), issues.isEmpty {
      issues.append(
        ExprIssue(
          .pathRegexAnchoring,
          "`PathRegex` must match the whole path, so `\(pattern)` only matches exactly `\(pattern)`",
          at: 0..<bytes.count,
          help: "for a prefix write `\(pattern).*` or use `PathPrefix`; for an exact path use `PathExact`"))
    }
    return issues
  }

  private static func programSizeIssue(_ size: Int, length: Int) -> ExprIssue {
    ExprIssue(
      .regexProgramSize,
      "regex compiles to an RE2 program of size \(size), above Envoy's default limit of \(envoyProgramSizeLimit)",
      at: 0..<length,
      help:
        "simplify the pattern: counted repetitions (`{50}`) multiply the program, and `.`, `\\p{…}` and case folding enlarge it",
      note:
        "Envoy rejects the route when the size exceeds the runtime key `re2.max_program_size.error_level` (default \(envoyProgramSizeLimit)) and logs a warning above `re2.max_program_size.warn_level`; raise them to allow larger regexes"
    )
  }

  /// How many occurrences of RE2's error argument ``re2OnlyRejection(_:_:)`` tries.
  private static let maximumProbes = 32

  /// A rejection that neither the scan nor PCRE2 explains, in RE2's words, placed at RE2's error
  /// argument: the occurrence where compiling the pattern up to its end already fails the same way.
  private static func re2OnlyRejection(
    _ bytes: [UInt8], _ error: (code: RE2.Program.ErrorCode, message: String, argument: String)
  ) -> ExprIssue {
    if error.code == .patternTooLarge {
      return ExprIssue(
        .regexSyntax, "regex is too large for RE2 to compile (above its memory budget)", at: 0..<bytes.count,
        help: "counted repetitions multiply the program: a large count of a large piece (`\\p{L}{1000}`) exceeds it")
    }
    let argument = Array(error.argument.utf8)
    var text = error.message
    if !argument.isEmpty, text.hasSuffix(": " + error.argument) {
      text = String(text.dropLast(error.argument.count + 2)) + " `\(error.argument)`"
    }
    var range = 0..<bytes.count
    if !argument.isEmpty, argument.count < bytes.count {
      let ends = (argument.count...bytes.count).filter { bytes[($0 - argument.count)..<$0].elementsEqual(argument) }
      // Each probe compiles a prefix: a bounded number keeps a hostile pattern linear.
      let failing = ends.prefix(maximumProbes).first { end in
        let prefix = RE2.compileUncached(String(decoding: bytes[0..<end], as: UTF8.self))
        return prefix.error?.code == error.code && prefix.error?.argument == error.argument
      }
      if let end = failing ?? ends.first { range = (end - argument.count)..<end }
    }
    return ExprIssue(.regexSyntax, "invalid regex: \(text)", at: range)
  }

  /// Go's `regexp` rejects `\C` (one byte), which RE2 accepts: the first one, outside `\Q…\E`.
  private static func goRejectsAnyByte(_ bytes: [UInt8]) -> ExprIssue? {
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == UInt8(ascii: "\\") else { index += 1; continue }
      switch bytes[index + 1] {
      case UInt8(ascii: "C"):
        return ExprIssue(
          .regexUnsupportedRE2, "Go's `regexp` does not support `\\C` (any byte)",
          at: index..<index + 2, help: "use `.` (any character)")
      case UInt8(ascii: "Q"):
        index += 2
        while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "E")) {
          index += 1
        }
        index += 2
      default:
        index += 2
      }
    }
    return nil
  }

  // MARK: - RE2 support

  /// The first construct RE2 rejects, scanning outside and inside character classes; asked only
  /// once RE2 has rejected the pattern, to place the error at the construct.
  static func unsupportedConstruct(_ bytes: [UInt8], dialect: Dialect = .envoy) -> ExprIssue? {
    var index = 0
    var inClass = false
    var lastWasQuantifiable = false
    func issue(_ what: String, _ range: Range<Int>, help: String? = nil) -> ExprIssue {
      let message =
        switch dialect {
        case .envoy: "RE2 does not support \(what) (Envoy will reject this route)"
        case .go: "Go's `regexp` does not support \(what)"
        }
      return ExprIssue(.regexUnsupportedRE2, message, at: range.clamped(to: 0..<bytes.count), help: help)
    }
    func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        guard let code = at(index + 1) else { return nil }  // PCRE2 reports the trailing `\`.
        if code == UInt8(ascii: "Q") {
          // Literal text up to `\E`.
          var cursor = index + 2
          while cursor < bytes.count, !(bytes[cursor] == UInt8(ascii: "\\") && at(cursor + 1) == UInt8(ascii: "E")) {
            cursor += 1
          }
          index = min(bytes.count, cursor + 2)
          lastWasQuantifiable = true
          continue
        }
        if let problem = escapeProblem(bytes, at: index, inClass: inClass) {
          return issue(problem.what, index..<index + problem.length, help: problem.help)
        }
        index += 2
        if "xpP".utf8.contains(code), at(index) == UInt8(ascii: "{") {
          // `\x{1F600}`, `\p{Greek}`: the braces are part of the escape, not a repetition.
          while index < bytes.count, bytes[index] != UInt8(ascii: "}") { index += 1 }
          index += 1
        }
        lastWasQuantifiable = true
        continue
      }
      if inClass {
        if byte == UInt8(ascii: "[") && at(index + 1) == UInt8(ascii: ":") {
          // POSIX class `[:alpha:]`.
          var cursor = index + 2
          while cursor + 1 < bytes.count,
            !(bytes[cursor] == UInt8(ascii: ":") && bytes[cursor + 1] == UInt8(ascii: "]"))
          { cursor += 1 }
          index = cursor + 2
          continue
        }
        if byte == UInt8(ascii: "]") { inClass = false; lastWasQuantifiable = true }
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "["):
        inClass = true
        index += 1
        if at(index) == UInt8(ascii: "^") { index += 1 }
        if at(index) == UInt8(ascii: "]") { index += 1 }  // A leading `]` is literal.
        continue
      case UInt8(ascii: "("):
        lastWasQuantifiable = false
        if at(index + 1) == UInt8(ascii: "*") {
          return issue("PCRE verbs `(*…)`", index..<index + 2)
        }
        guard at(index + 1) == UInt8(ascii: "?") else { index += 1; continue }
        if let problem = groupProblem(bytes, at: index) {
          return issue(problem.what, index..<index + problem.length, help: problem.help)
        }
        index += 2
        continue
      case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
        index += 1
        if lastWasQuantifiable, at(index) == UInt8(ascii: "+") {
          return issue(
            "possessive quantifiers `\(String(decoding: [byte], as: UTF8.self))+`", index - 1..<index + 1,
            help: "drop the `+`: RE2 never backtracks, so a plain quantifier already behaves the same")
        }
        if lastWasQuantifiable, at(index) == UInt8(ascii: "?") { index += 1 }
        lastWasQuantifiable = false
        continue
      case UInt8(ascii: "{"):
        if let (low, high, end) = counted(bytes, at: index) {
          if max(low, high ?? low) > 1000 {
            return issue("repetition counts above 1000", index..<end)
          }
          index = end
          if lastWasQuantifiable, at(index) == UInt8(ascii: "+") {
            return issue(
              "possessive quantifiers `{…}+`", index - 1..<index + 1,
              help: "drop the `+`: RE2 never backtracks, so a plain quantifier already behaves the same")
          }
          if at(index) == UInt8(ascii: "?") { index += 1 }
          lastWasQuantifiable = false
          continue
        }
        lastWasQuantifiable = true
        index += 1
        continue
      default:
        lastWasQuantifiable = byte != UInt8(ascii: "|")
        index += 1
      }
    }
    return nil
  }

  private struct Problem {
    var what: String
    var length: Int
    var help: String?
  }

  /// RE2 accepts only a fixed set of escapes; every other letter or digit escape is an error.
  private static func escapeProblem(_ bytes: [UInt8], at index: Int, inClass: Bool) -> Problem? {
    let code = bytes[index + 1]
    let next = index + 2 < bytes.count ? bytes[index + 2] : nil
    let isOctal = { (byte: UInt8?) -> Bool in byte.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") } ?? false }
    switch code {
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      if code <= UInt8(ascii: "7"), isOctal(next) { return nil }  // `\12` is octal in RE2.
      return Problem(
        what: "backreferences `\\\(Character(Unicode.Scalar(code)))`", length: 2,
        help: "RE2 matches in linear time and cannot refer back to a captured group")
    case UInt8(ascii: "k"), UInt8(ascii: "g"):
      return Problem(what: "backreferences `\\\(Character(Unicode.Scalar(code)))`", length: 2, help: nil)
    case UInt8(ascii: "Z"):
      return Problem(what: "`\\Z`", length: 2, help: "use `\\z` (end of text) or `$`")
    case UInt8(ascii: "G"): return Problem(what: "`\\G` (end of the previous match)", length: 2, help: nil)
    case UInt8(ascii: "K"): return Problem(what: "`\\K` (match reset)", length: 2, help: nil)
    case UInt8(ascii: "X"): return Problem(what: "`\\X` (extended grapheme cluster)", length: 2, help: nil)
    case UInt8(ascii: "R"):
      return Problem(what: "`\\R` (any newline sequence)", length: 2, help: "use `(?:\\r\\n|\\n|\\r)`")
    case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "V"), UInt8(ascii: "N"), UInt8(ascii: "e"),
      UInt8(ascii: "c"),
      UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "E"):
      return Problem(what: "the escape `\\\(Character(Unicode.Scalar(code)))`", length: 2, help: nil)
    case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"):
      if inClass {
        return Problem(
          what: "the escape `\\\(Character(Unicode.Scalar(code)))` inside a character class", length: 2, help: nil)
      }
      return nil
    default:
      return nil  // Punctuation, `\d \s \w \p \x \a \f \n \r \t \v \0 \C`: accepted, or left to PCRE2.
    }
  }

  /// A `(?…` group RE2 does not know; `nil` for `(?:`, `(?P<n>`, `(?<n>` and flag groups.
  private static func groupProblem(_ bytes: [UInt8], at index: Int) -> Problem? {
    func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
    let after = index + 2
    guard let first = at(after) else { return nil }
    switch first {
    case UInt8(ascii: "="):
      return Problem(
        what: "lookahead `(?=`", length: 3, help: "RE2 has no lookaround; match the text itself or split the route")
    case UInt8(ascii: "!"):
      return Problem(
        what: "negative lookahead `(?!`", length: 3,
        help: "RE2 has no lookaround; add an earlier route that matches the excluded case")
    case UInt8(ascii: "<"):
      if at(after + 1) == UInt8(ascii: "=") { return Problem(what: "lookbehind `(?<=`", length: 4, help: nil) }
      if at(after + 1) == UInt8(ascii: "!") { return Problem(what: "negative lookbehind `(?<!`", length: 4, help: nil) }
      return nil  // `(?<name>`.
    case UInt8(ascii: ">"): return Problem(what: "atomic groups `(?>`", length: 3, help: "use a plain group `(?:`")
    case UInt8(ascii: "|"): return Problem(what: "branch-reset groups `(?|`", length: 3, help: nil)
    case UInt8(ascii: "("): return Problem(what: "conditionals `(?(`", length: 3, help: nil)
    case UInt8(ascii: "#"): return Problem(what: "comments `(?#`", length: 3, help: nil)
    case UInt8(ascii: "'"):
      return Problem(what: "named groups written `(?'name'`", length: 3, help: "write `(?P<name>…)`")
    case UInt8(ascii: "&"): return Problem(what: "subroutine calls `(?&`", length: 3, help: nil)
    case UInt8(ascii: "C"): return Problem(what: "callouts `(?C`", length: 3, help: nil)
    case UInt8(ascii: "R"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"):
      return Problem(what: "recursion `(?\(Character(Unicode.Scalar(first)))`", length: 3, help: nil)
    case UInt8(ascii: "P"):
      if at(after + 1) == UInt8(ascii: "<") { return nil }
      if at(after + 1) == UInt8(ascii: "=") {
        return Problem(what: "named backreferences `(?P=`", length: 4, help: nil)
      }
      if at(after + 1) == UInt8(ascii: ">") { return Problem(what: "subroutine calls `(?P>`", length: 4, help: nil) }
      return nil
    case UInt8(ascii: "-") where at(after + 1).map({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) ?? false:
      return Problem(what: "recursion `(?-`", length: 3, help: nil)
    default:
      // Flags: RE2 knows `i`, `m`, `s` and `U`.
      var cursor = after
      while let byte = at(cursor), byte != UInt8(ascii: ":"), byte != UInt8(ascii: ")") {
        if !"imsU-".utf8.contains(byte) {
          return Problem(
            what: "the flag `\(Character(Unicode.Scalar(byte)))`", length: cursor - index + 1,
            help: "RE2 flags are `i`, `m`, `s` and `U`")
        }
        cursor += 1
      }
      return nil
    }
  }

  /// `{n}`, `{n,}` or `{n,m}` at `index`: the counts and the index after `}`.
  private static func counted(_ bytes: [UInt8], at index: Int) -> (Int, Int?, Int)? {
    var cursor = index + 1
    func number() -> Int? {
      let start = cursor
      while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") { cursor += 1 }
      guard cursor > start, cursor - start <= 6 else { return nil }
      return Int(String(decoding: bytes[start..<cursor], as: UTF8.self))
    }
    guard let low = number() else { return nil }
    var high: Int? = low
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") {
      cursor += 1
      high = number()
    }
    guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") else { return nil }
    return (low, high, cursor + 1)
  }
}
