import Synchronization

/// The text of one input with its line table.
///
/// Holds the raw bytes (not a `String`) so that invalid UTF-8 and NUL bytes can be reported with
/// exact positions instead of being replaced silently.
public struct SourceFile: Sendable {
  /// The name diagnostics show: a path as the user gave it, or `<stdin>`.
  public var name: String
  public let bytes: [UInt8]
  /// Built on the first question about lines or columns and shared by every copy: only files that
  /// receive a diagnostic ever need one, and built for every input up front the tables were 10 MB
  /// of a 10,000-file lint that reported nothing.
  private let index = LazyLineTable()

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  private var table: LineTable { index.table(of: bytes) }

  /// Byte offset of the first byte of 1-based line `number` (lines end at `\n`; a `\r` before it
  /// is part of the previous line's text but never counted in a column).
  public func lineStart(_ number: Int) -> Int { Int(table.lineStarts[number - 1]) }

  /// 1-based line number of the line that holds `offset`.
  public func line(at offset: Int) -> Int { table.line(at: offset) }

  /// Resolves a byte offset (clamped to the file) to line and column.
  public func position(at offset: Int) -> SourcePosition {
    let table = table
    let clamped = min(max(0, offset), bytes.count)
    let line = table.line(at: clamped)
    let lineStart = Int(table.lineStarts[line - 1])
    var column = 1 + table.scalars(before: clamped, in: bytes) - table.scalars(before: lineStart, in: bytes)
    // A byte order mark is invisible in editors: columns on line 1 do not count it.
    if line == 1, clamped >= 3, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      column -= 1
    }
    return SourcePosition(offset: clamped, line: line, column: column)
  }

  /// The text of 1-based line `number` without its line terminator (`\n` or `\r\n`), decoded
  /// leniently (invalid bytes become U+FFFD) for display.
  public func lineText(_ number: Int) -> String {
    let table = table
    guard number >= 1, number <= table.lineStarts.count else { return "" }
    let start = Int(table.lineStarts[number - 1])
    var end = number < table.lineStarts.count ? Int(table.lineStarts[number]) - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// Number of lines (a trailing newline starts an empty last line).
  public var lineCount: Int { table.lineStarts.count }

  /// The bytes of `range` decoded leniently.
  public func text(of range: SourceRange) -> String {
    let start = min(max(0, range.start), bytes.count)
    let end = min(max(start, range.end), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// A file's line starts and scalar counts, in 32-bit offsets (an input is at most 32 MiB).
private struct LineTable: Sendable {
  /// Byte offset of the first byte of every line.
  var lineStarts: [UInt32]
  /// `scalarCheckpoints[k]`: how many scalars start in the first `k * checkpointStride` bytes.
  /// A column is then a difference of two counts, each a lookup plus a scan of less than one
  /// stride, so a diagnostic on a line megabytes long costs no more than one on a short line.
  var scalarCheckpoints: [UInt32]
  static let checkpointStride = 128

  init(_ bytes: [UInt8]) {
    var starts: [UInt32] = [0]
    starts.reserveCapacity(bytes.count / 24 + 1)
    var checkpoints: [UInt32] = [0]
    checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var scalars: UInt32 = 0
      for index in 0..<buffer.count {
        let byte = buffer[index]
        if byte == UInt8(ascii: "\n") { starts.append(UInt32(truncatingIfNeeded: index + 1)) }
        // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar.
        if byte & 0xC0 != 0x80 { scalars &+= 1 }
        if (index + 1) % Self.checkpointStride == 0 { checkpoints.append(scalars) }
      }
    }
    lineStarts = starts
    scalarCheckpoints = checkpoints
  }

  /// 1-based line number of the line that holds `offset`.
  func line(at offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if Int(lineStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// How many scalars start in `bytes[0..<offset]`.
  func scalars(before offset: Int, in bytes: [UInt8]) -> Int {
    let block = offset / Self.checkpointStride
    var count = Int(scalarCheckpoints[block])
    for index in block * Self.checkpointStride..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }
}

/// The line table of one file, made once when first asked for; copies of the file share it.
private final class LazyLineTable: Sendable {
  private let built = Mutex<LineTable?>(nil)

  func table(of bytes: [UInt8]) -> LineTable {
    built.withLock { table in
      if let table { return table }
      let made = LineTable(bytes)
      table = made
      return made
    }
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
