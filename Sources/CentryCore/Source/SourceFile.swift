/// The text of one input with its line table.
///
/// Holds the raw bytes (not a `String`) so that invalid UTF-8 and NUL bytes can be reported with
/// exact positions instead of being replaced silently.
public struct SourceFile: Sendable {
  /// The name diagnostics show: a path as the user gave it, or `<stdin>`.
  public var name: String
  public var bytes: [UInt8]
  /// Byte offset of the first byte of every line. Lines end at `\n`; a `\r` before it is part of
  /// the previous line's text but never counted in a column.
  public private(set) var lineStarts: [Int]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 24 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<buffer.count where buffer[index] == UInt8(ascii: "\n") {
        starts.append(index + 1)
      }
    }
    lineStarts = starts
  }

  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// 1-based line number of the line that holds `offset`.
  public func line(at offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// Resolves a byte offset (clamped to the file) to line and column.
  public func position(at offset: Int) -> SourcePosition {
    let clamped = min(max(0, offset), bytes.count)
    let line = line(at: clamped)
    let lineStart = lineStarts[line - 1]
    var column = 1
    // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar.
    for index in lineStart..<clamped where bytes[index] & 0xC0 != 0x80 { column += 1 }
    // A byte order mark is invisible in editors: columns on line 1 do not count it.
    if line == 1, clamped >= 3, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      column -= 1
    }
    return SourcePosition(offset: clamped, line: line, column: column)
  }

  /// The text of 1-based line `number` without its line terminator (`\n` or `\r\n`), decoded
  /// leniently (invalid bytes become U+FFFD) for display.
  public func lineText(_ number: Int) -> String {
    guard number >= 1, number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// Number of lines (a trailing newline starts an empty last line).
  public var lineCount: Int { lineStarts.count }

  /// The bytes of `range` decoded leniently.
  public func text(of range: SourceRange) -> String {
    let start = min(max(0, range.start), bytes.count)
    let end = min(max(start, range.end), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// Every source file of one invocation, addressed by ``FileID``.
public struct SourceMap: Sendable {
  public private(set) var files: [SourceFile] = []

  public init() {}

  /// Adds a file and returns its ID.
  @discardableResult
  public mutating func add(_ file: SourceFile) -> FileID {
    files.append(file)
    return FileID(files.count - 1)
  }

  public subscript(id: FileID) -> SourceFile { files[id.index] }

  /// Start and end positions of `range`.
  public func resolve(_ range: SourceRange) -> (start: SourcePosition, end: SourcePosition) {
    let file = self[range.file]
    return (file.position(at: range.start), file.position(at: range.end))
  }
}
