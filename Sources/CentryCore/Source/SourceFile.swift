/// The text of one input with its line table.
///
/// Holds the raw bytes (not a `String`) so that invalid UTF-8 and NUL bytes can be reported with
/// exact positions instead of being replaced silently.
public struct SourceFile: Sendable {
  /// The name diagnostics show: a path as the user gave it, or `<stdin>`.
  public var name: String
  public private(set) var bytes: [UInt8]
  /// Byte offset of the first byte of every line. Lines end at `\n`; a `\r` before it is part of
  /// the previous line's text but never counted in a column.
  public private(set) var lineStarts: [Int]
  /// `scalarCheckpoints[k]`: how many scalars start in the first `k * checkpointStride` bytes.
  /// A column is then a difference of two counts, each a lookup plus a scan of less than one
  /// stride, so a diagnostic on a line megabytes long costs no more than one on a short line.
  private var scalarCheckpoints: [Int]
  private static let checkpointStride = 128

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 24 + 1)
    var checkpoints = [0]
    checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var scalars = 0
      for index in 0..<buffer.count {
        let byte = buffer[index]
        if byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar.
        if byte & 0xC0 != 0x80 { scalars += 1 }
        if (index + 1) % Self.checkpointStride == 0 { checkpoints.append(scalars) }
      }
    }
    lineStarts = starts
    scalarCheckpoints = checkpoints
  }

  /// How many scalars start in `bytes[0..<offset]`.
  private func scalars(before offset: Int) -> Int {
    let block = offset / Self.checkpointStride
    var count = scalarCheckpoints[block]
    for index in block * Self.checkpointStride..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
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
    var column = 1 + scalars(before: clamped) - scalars(before: lineStart)
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
