import CentryCore

/// The nesting bound the HCL and JSON parsers share: past ``maximumNestingDepth`` (or earlier,
/// when ``StackGuard`` says the stack is nearly used up) they stop descending, report it once per
/// file and skip the too-deep group as one invalid value.
protocol NestingBoundParser {
  /// Open `{`/`[` levels around the current token.
  var depth: Int { get }
  var reportedDepth: Bool { get set }
  /// Queried only past ``stackCheckDepth`` (finding the stack bounds is not free).
  var stack: StackGuard? { get set }
  var tokenRange: SourceRange { get }
  /// End offset of the last consumed token.
  var previousEnd: Int { get }
  func range(_ start: Int, _ end: Int) -> SourceRange
  mutating func error(_ message: String, _ range: SourceRange, notes: [Note])
  /// Skips one bracketed group iteratively (used past the nesting bound).
  mutating func skipBalanced()
}

extension NestingBoundParser {
  @inline(never)
  mutating func stackIsLow() -> Bool {
    if stack == nil { stack = StackGuard() }
    return stack?.isLow() ?? false
  }

  @inline(never)
  mutating func tooDeep() -> Value {
    let start = tokenRange.start
    if !reportedDepth {
      reportedDepth = true
      error("nesting deeper than \(depth) levels", tokenRange, notes: [])
    }
    skipBalanced()
    return .invalid(range(start, previousEnd))
  }
}
