import CentryCore

/// The human format (`--format text`), in the style of rustc and codespan-reporting:
///
/// ```
/// error[unknown-field]: unknown field `PathPrefx` in a service-router match
///  --> router.hcl:7:9
///   |
/// 7 |         PathPrefx = "/api"
///   |         ^^^^^^^^^
///   |
///   = help: did you mean `PathPrefix`?
/// ```
///
/// The primary range is underlined with `^`, note ranges with `-` and their label (in a frame of
/// their own, introduced by `:::`, when they are in another file). Columns in the `-->` line
/// count Unicode scalars; underlines are aligned by display width (tabs as 4 spaces, East Asian
/// wide characters as 2). A clean run prints nothing at all; otherwise a last line sums up.
public struct TextRenderer: Sendable {
  public var decorator: Decorator
  /// Spaces a tab is shown as.
  public var tabWidth: Int

  public init(decorator: Decorator = .plain, tabWidth: Int = 4) {
    self.decorator = decorator
    self.tabWidth = tabWidth
  }

  /// Every diagnostic as a block, blank-line separated, then a summary line; "" when clean.
  public func render(_ diagnostics: [Diagnostic], sources: SourceMap, summary: RunSummary) -> String {
    guard !diagnostics.isEmpty else { return "" }
    var out = ""
    for diagnostic in diagnostics {
      out += render(diagnostic, sources: sources)
      out += "\n"
    }
    out += summaryLine(summary) + "\n"
    return out
  }

  /// The closing line, e.g. `error: 2 errors, 1 warning (3 files checked)`.
  public func summaryLine(_ summary: RunSummary) -> String {
    var parts: [String] = []
    if summary.errors > 0 { parts.append(plural(summary.errors, "error")) }
    if summary.warnings > 0 { parts.append(plural(summary.warnings, "warning")) }
    if summary.infos > 0 { parts.append(plural(summary.infos, "info")) }
    if parts.isEmpty { parts.append("no problems") }
    let severity: Severity = summary.errors > 0 ? .error : summary.warnings > 0 ? .warning : .info
    let checked = plural(summary.files, "file") + " checked"
    return decorator(severity.rawValue, .severity(severity))
      + decorator(": \(parts.joined(separator: ", ")) (\(checked))", .message)
  }

  /// One diagnostic's block, ending with a newline.
  public func render(_ diagnostic: Diagnostic, sources: SourceMap) -> String {
    let severity = diagnostic.severity
    var lines: [String] = []
    lines.append(
      decorator("\(severity.rawValue)[\(diagnostic.rule)]", .severity(severity))
        + decorator(": " + oneLine(diagnostic.message), .message))

    // Labels: the primary range first, then each note that has a range.
    var labels = [Label(range: diagnostic.range, message: nil, isPrimary: true)]
    for note in diagnostic.notes {
      if let range = note.range { labels.append(Label(range: range, message: note.message, isPrimary: false)) }
    }
    let resolved = labels.map { ResolvedLabel($0, sources: sources) }

    // Frames: one per file, the primary's file first, others in order of first mention.
    var fileOrder: [FileID] = []
    for label in resolved where !fileOrder.contains(label.file) { fileOrder.append(label.file) }
    let frames = fileOrder.map { file in
      (file: file, labels: resolved.filter { $0.file == file }, lines: shownLines(resolved.filter { $0.file == file }))
    }
    let maxLine = frames.flatMap(\.lines).compactMap { $0 }.max() ?? 1
    let width = String(maxLine).count
    let pad = String(repeating: " ", count: width)
    let bar = decorator(pad + " |", .gutter)

    for (index, frame) in frames.enumerated() {
      let source = sources[frame.file]
      let first = frame.labels[0]
      let arrow = index == 0 ? "-->" : ":::"
      lines.append(decorator(pad + arrow, .gutter) + " \(source.name):\(first.line):\(first.column)")
      lines.append(bar)
      for entry in frame.lines {
        guard let number = entry else {
          lines.append(decorator("...", .gutter))
          continue
        }
        let (excerpt, labels) = Self.excerpt(source, line: number, labels: frame.labels)
        let cells = displayCells(excerpt)
        let window = Window(cells: cells, labels: labels, line: number, limit: Self.maxLineWidth)
        let text = window.text(cells)
        let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
        let gutter = decorator(String(repeating: " ", count: width - String(number).count) + "\(number) |", .gutter)
        lines.append(trimmed.isEmpty ? gutter : gutter + " " + trimmed)
        for label in labels {
          if let underline = underline(label, onLine: number, cells: cells, window: window, severity: severity) {
            lines.append(bar + " " + underline)
          }
        }
      }
    }

    // Trailer: notes without a range, the suggestion, then help.
    var trailer: [(String, String)] = []
    for note in diagnostic.notes where note.range == nil { trailer.append(("note", note.message)) }
    if let suggestion = diagnostic.suggestion { trailer.append(("help", suggestion.message)) }
    if let help = diagnostic.help { trailer.append(("help", help)) }
    if !trailer.isEmpty {
      lines.append(bar)
      for (kind, message) in trailer {
        let continuation = "\n" + pad + String(repeating: " ", count: kind.count + 5)
        let body = message.split(omittingEmptySubsequences: false) { $0.isNewline }.joined(separator: continuation)
        lines.append(decorator(pad + " =", .gutter) + " " + decorator(kind, .label) + ": " + body)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Labels

  private struct Label {
    var range: SourceRange
    var message: String?
    var isPrimary: Bool
  }

  private struct ResolvedLabel {
    var file: FileID
    /// Byte offset of the start.
    var offset: Int
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var message: String?
    var isPrimary: Bool

    init(_ label: Label, sources: SourceMap) {
      let source = sources[label.range.file]
      let start = source.position(at: label.range.start)
      var end = source.position(at: label.range.end)
      // A range that runs to the start of a line really ends with the line before it.
      if end.line > start.line, end.column == 1 {
        // The column after the previous line's text (before its `\n`, and a `\r` before that).
        var stop = source.lineStart(end.line) - 1
        if stop > source.lineStart(end.line - 1), source.bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
        end = SourcePosition(offset: end.offset, line: end.line - 1, column: source.position(at: stop).column)
      }
      file = label.range.file
      offset = start.offset
      line = start.line
      column = start.column
      endLine = end.line
      endColumn = end.column
      message = label.message
      isPrimary = label.isPrimary
    }
  }

  /// Multi-line labels spanning at most this many lines are shown whole.
  private static let wholeSpanLimit = 6

  /// The line numbers a frame shows, with `nil` for an elided gap of two or more lines: every
  /// label's first and last line, and the lines between them for short spans.
  private func shownLines(_ labels: [ResolvedLabel]) -> [Int?] {
    let wanted = Set(
      labels.flatMap { label in
        label.endLine - label.line < Self.wholeSpanLimit
          ? Array(label.line...label.endLine) : [label.line, label.endLine]
      }
    ).sorted()
    var result: [Int?] = []
    var previous: Int?
    for line in wanted {
      if let previous {
        if line - previous == 2 {
          result.append(previous + 1)
        } else if line - previous > 2 {
          result.append(nil)
        }
      }
      result.append(line)
      previous = line
    }
    return result
  }

  /// The underline row of `label` on `line`, or nil when the label does not start or end there.
  private func underline(
    _ label: ResolvedLabel, onLine line: Int, cells: [Cell], window: Window, severity: Severity
  ) -> String? {
    let from: Int
    let to: Int
    let withMessage: Bool
    if label.line == line, label.endLine == line {
      (from, to, withMessage) = (label.column, label.endColumn, true)
    } else if label.line == line {
      (from, to, withMessage) = (label.column, cells.count + 1, false)
    } else if label.endLine == line {
      let firstText = (cells.firstIndex { $0.text.contains { $0 != " " } } ?? 0) + 1
      (from, to, withMessage) = (min(firstText, label.endColumn), label.endColumn, true)
    } else {
      return nil
    }
    let shownFrom = min(max(from, window.first), window.last + 1)
    let shownTo = min(max(to, shownFrom), window.last + 1)
    let offset = window.lead + displayWidth(cells, columns: window.first..<shownFrom)
    let length = max(1, displayWidth(cells, columns: shownFrom..<shownTo))
    let mark = String(repeating: label.isPrimary ? "^" : "-", count: length)
    var text = mark
    if withMessage, let message = label.message { text += " " + oneLine(message) }
    let role: Decorator.Role = label.isPrimary ? .primaryUnderline(severity) : .secondaryUnderline
    return String(repeating: " ", count: offset) + decorator(text, role)
  }

  // MARK: - Long lines

  /// Lines longer than this many bytes are cut to an excerpt around their first label before
  /// being laid out, so each diagnostic on a line megabytes long costs as much as on a short one.
  private static let excerptBytes = 1024
  /// Scalars kept before the first label in an excerpt (the window needs far fewer).
  private static let excerptLead = 32

  /// The text of line `number` to lay out, and `labels` with their columns on that line made
  /// relative to it: the whole line, or for a very long line an excerpt that starts a little
  /// before the first label that starts on it.
  private static func excerpt(
    _ source: SourceFile, line number: Int, labels: [ResolvedLabel]
  ) -> (String, [ResolvedLabel]) {
    let start = source.lineStart(number)
    var end = number < source.lineCount ? source.lineStart(number + 1) - 1 : source.bytes.count
    guard end - start > excerptBytes else { return (source.lineText(number), labels) }
    if end > start, source.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    var from = start
    var shift = 0
    var to = min(end, start + excerptBytes)
    if let anchor = labels.filter({ $0.line == number }).min(by: { $0.offset < $1.offset }) {
      from = min(max(start, anchor.offset), end)
      var back = 0
      while from > start, back < excerptLead {
        from -= 1
        if source.bytes[from] & 0xC0 != 0x80 { back += 1 }
      }
      shift = anchor.column - 1 - back
      to = min(end, max(from, anchor.offset) + excerptBytes)
    }
    while to < end, source.bytes[to] & 0xC0 == 0x80 { to += 1 }
    let shifted = labels.map { label -> ResolvedLabel in
      var moved = label
      if label.line == number { moved.column = max(1, label.column - shift) }
      if label.endLine == number { moved.endColumn = max(1, label.endColumn - shift) }
      return moved
    }
    return (String(decoding: source.bytes[from..<to], as: UTF8.self), shifted)
  }

  /// Lines wider than this are cut to a window around their labels (a minified JSON file or
  /// 100,000 `[` on one line must not flood the terminal).
  static let maxLineWidth = 120

  /// The 1-based columns of a source line that are shown, with `…` marking what is cut.
  private struct Window {
    var first: Int
    /// Last shown column, inclusive.
    var last: Int
    var cutsStart: Bool
    var cutsEnd: Bool
    /// Display cells taken by the leading `…`.
    var lead: Int { cutsStart ? 1 : 0 }

    init(cells: [Cell], labels: [ResolvedLabel], line: Int, limit: Int) {
      let total = cells.reduce(0) { $0 + $1.width }
      guard total > limit else {
        (first, last, cutsStart, cutsEnd) = (1, max(cells.count, 1), false, false)
        return
      }
      // Start a little before the first label column on this line, then fill up to the limit.
      let columns = labels.flatMap { label -> [Int] in
        guard label.line <= line, label.endLine >= line else { return [] }
        return [label.line == line ? label.column : 1]
      }
      let anchor = columns.min() ?? 1
      var start = max(1, anchor - 16)
      var used = 0
      var end = start - 1
      while end < cells.count, used + cells[end].width <= limit - 2 {
        used += cells[end].width
        end += 1
      }
      if end < start { end = min(start, cells.count) }
      if end >= cells.count, start > 1 {
        // Reached the end: show the last `limit` cells instead of a short tail.
        start = max(1, cells.count - (end - start))
      }
      (first, last, cutsStart, cutsEnd) = (start, max(end, start), start > 1, end < cells.count)
    }

    func text(_ cells: [Cell]) -> String {
      guard first <= cells.count else { return cutsStart ? "…" : "" }
      let shown = cells[(first - 1)..<min(last, cells.count)].map(\.text).joined()
      return (cutsStart ? "…" : "") + shown + (cutsEnd ? "…" : "")
    }
  }

  // MARK: - Display cells

  /// One Unicode scalar of a source line as shown: its text and display width.
  private struct Cell {
    var text: String
    var width: Int
  }

  private func displayCells(_ line: String) -> [Cell] {
    line.unicodeScalars.map { scalar in
      if scalar == "\t" { return Cell(text: String(repeating: " ", count: tabWidth), width: tabWidth) }
      // Control characters (and terminal escape sequences) must never reach the terminal.
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return Cell(text: "\u{FFFD}", width: 1) }
      return Cell(text: String(scalar), width: Self.width(of: scalar))
    }
  }

  /// Display width of the 1-based scalar columns `columns`; columns past the end count 1 each.
  private func displayWidth(_ cells: [Cell], columns: Range<Int>) -> Int {
    var total = 0
    for column in columns {
      total += column - 1 < cells.count ? cells[column - 1].width : 1
    }
    return total
  }

  /// Terminal width of a scalar: 0 for combining marks, 2 for East Asian wide and emoji.
  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch value {
    case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F,
      0x200B...0x200F:
      return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  // MARK: - Helpers

  private func oneLine(_ text: String) -> String {
    String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
  }

  private func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }
}
