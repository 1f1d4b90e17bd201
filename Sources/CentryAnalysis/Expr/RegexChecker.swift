/// Checks regexes that Envoy compiles with RE2 (`PathRegex`, header and query-param `Regex`) and
/// that bexpr compiles with Go's RE2-compatible `regexp` (`matches`).
///
/// PCRE2 finds plain syntax errors; a scan over the pattern rejects what PCRE2 accepts but RE2
/// does not (backreferences, lookaround, atomic groups, possessive quantifiers, recursion,
/// conditionals, `\G`, `\Z`, `\K`, …). Named groups: both `(?P<name>…)` and `(?<name>…)` are
/// accepted: RE2 releases from 2023 on accept the latter, as do the Envoy versions current Consul
/// releases support (an older Envoy rejects it); `(?'name'…)` is rejected.
public enum RegexChecker {
  /// Envoy's default `max_program_size` error level.
  public static let envoyProgramSizeLimit = 100

  /// Every problem with `pattern`, syntax and RE2 support first; at most one of each kind.
  public static func check(_ pattern: String) -> [ExprIssue] {
    let bytes = Array(pattern.utf8)
    if let unsupported = unsupportedConstruct(bytes) { return [unsupported] }
    if let error = PCRE2.compileError(pattern) {
      let offset = min(max(0, error.offset), bytes.count)
      var end = offset
      if end < bytes.count {
        end += 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      }
      let start = offset == bytes.count && offset > 0 ? offset - 1 : offset
      return [ExprIssue(.regexSyntax, "invalid regex: \(error.message)", at: start..<max(start, end))]
    }
    let size = estimatedProgramSize(bytes)
    if size > envoyProgramSizeLimit {
      return [
        ExprIssue(
          .regexProgramSize,
          "regex compiles to an estimated \(size) RE2 instructions, above Envoy's default limit of \(envoyProgramSizeLimit)",
          at: 0..<bytes.count,
          help:
            "this is an estimate; large counted repetitions (`{1000}`) multiply the program size. Simplify the pattern or raise Envoy's `re2.max_program_size.error_level`"
        )
      ]
    }
    return []
  }

  /// ``check(_:)`` plus the anchoring check for `PathRegex`, which Envoy matches against the
  /// whole path.
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

  // MARK: - RE2 support

  /// The first construct RE2 rejects, scanning outside and inside character classes.
  static func unsupportedConstruct(_ bytes: [UInt8]) -> ExprIssue? {
    var index = 0
    var inClass = false
    var lastWasQuantifiable = false
    func issue(_ what: String, _ range: Range<Int>, help: String? = nil) -> ExprIssue {
      ExprIssue(
        .regexUnsupportedRE2, "RE2 does not support \(what) (Envoy will reject this route)",
        at: range.clamped(to: 0..<bytes.count), help: help)
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

  // MARK: - Program size

  /// A rough estimate of RE2's compiled program size (instructions): one per literal byte, about
  /// two per range of a character class, eight for `.` and negated classes (UTF-8), one per
  /// alternation and simple repetition, two per capture; counted repetitions multiply.
  public static func estimatedProgramSize(_ pattern: String) -> Int {
    estimatedProgramSize(Array(pattern.utf8))
  }

  /// `.` and negated classes in UTF-8 mode: one byte range per UTF-8 sequence length, chained.
  static let anyCharacterCost = 8
  /// `\p{…}`: an average; large scripts cost far more.
  static let unicodeClassCost = 30

  static func estimatedProgramSize(_ bytes: [UInt8]) -> Int {
    struct Frame {
      var alternatives: [Int] = []
      var current = 0
      var last = 0
      var capturing = true
    }
    var stack = [Frame()]
    var index = 0
    func add(_ cost: Int) {
      guard var top = stack.popLast() else { return }
      top.current += cost
      top.last = cost
      stack.append(top)
    }
    func repeatLast(_ transform: (Int) -> Int) {
      guard var top = stack.popLast() else { return }
      let repeated = min(1_000_000, transform(top.last))
      top.current += repeated - top.last
      top.last = repeated
      stack.append(top)
    }
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\\"):
        let code = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch code {
        case UInt8(ascii: "p"), UInt8(ascii: "P"):
          // Unicode classes compile to many UTF-8 byte ranges.
          add(unicodeClassCost)
          index += 2
          if index < bytes.count, bytes[index] == UInt8(ascii: "{") {
            while index < bytes.count, bytes[index] != UInt8(ascii: "}") { index += 1 }
            index += 1
          } else {
            index += 1
          }
        case UInt8(ascii: "D"), UInt8(ascii: "W"), UInt8(ascii: "S"):
          add(anyCharacterCost)
          index += 2
        case UInt8(ascii: "w"):
          add(7)  // [0-9A-Za-z_]: four ranges and three alternations.
          index += 2
        case UInt8(ascii: "s"):
          add(5)
          index += 2
        default:
          add(1)
          index += 2
        }
      case UInt8(ascii: "."):
        add(anyCharacterCost)
        index += 1
      case UInt8(ascii: "["):
        var cursor = index + 1
        var negated = false
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "^") {
          negated = true
          cursor += 1
        }
        var ranges = 0
        var nonASCII = false
        var first = true
        while cursor < bytes.count, first || bytes[cursor] != UInt8(ascii: "]") {
          first = false
          if bytes[cursor] == UInt8(ascii: "["), cursor + 1 < bytes.count, bytes[cursor + 1] == UInt8(ascii: ":") {
            while cursor + 1 < bytes.count,
              !(bytes[cursor] == UInt8(ascii: ":") && bytes[cursor + 1] == UInt8(ascii: "]"))
            { cursor += 1 }
            cursor += 2
            ranges += 2
            continue
          }
          if bytes[cursor] >= 0x80 { nonASCII = true }
          cursor += bytes[cursor] == UInt8(ascii: "\\") ? 2 : 1
          if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "-"), bytes[cursor + 1] != UInt8(ascii: "]") {
            cursor += bytes[cursor + 1] == UInt8(ascii: "\\") ? 3 : 2
          }
          ranges += 1
        }
        var cost = max(1, 2 * ranges - 1)
        if negated || nonASCII { cost += anyCharacterCost }
        add(cost)
        index = cursor + 1
      case UInt8(ascii: "("):
        var frame = Frame()
        frame.capturing =
          !(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "?"))
          || (index + 2 < bytes.count
            && (bytes[index + 2] == UInt8(ascii: "P") || bytes[index + 2] == UInt8(ascii: "<")))
        stack.append(frame)
        index += 1
        if !frame.capturing {
          // Skip the `?flags:` part.
          while index < bytes.count, bytes[index] != UInt8(ascii: ":"), bytes[index] != UInt8(ascii: ")") { index += 1 }
          if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
          while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
          index += 1
        }
      case UInt8(ascii: ")"):
        if stack.count > 1, let frame = stack.popLast() {
          let alternatives = frame.alternatives + [frame.current]
          let total = alternatives.reduce(0, +) + alternatives.count - 1 + (frame.capturing ? 2 : 0)
          add(total)
        }
        index += 1
      case UInt8(ascii: "|"):
        if var top = stack.popLast() {
          top.alternatives.append(top.current)
          top.current = 0
          top.last = 0
          stack.append(top)
        }
        index += 1
      case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
        repeatLast { $0 + 1 }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "?") { index += 1 }
      case UInt8(ascii: "{"):
        if let (low, high, end) = counted(bytes, at: index) {
          if let high {
            repeatLast { $0 * max(high, 1) + (high - low) }
          } else {
            repeatLast { $0 * max(low, 1) + 1 }
          }
          index = end
        } else {
          add(1)
          index += 1
        }
      case UInt8(ascii: "^"), UInt8(ascii: "$"):
        add(1)
        index += 1
      default:
        add(1)
        index += 1
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      }
    }
    var total = 0
    while let frame = stack.popLast() {
      let alternatives = frame.alternatives + [frame.current]
      total += alternatives.reduce(0, +) + alternatives.count - 1
    }
    // Match instruction, the implicit capture of the whole match and the unanchored prefix.
    return total + 4
  }
}
