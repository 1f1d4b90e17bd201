/// Identifies one source file of an invocation (an index into a ``SourceMap``).
public struct FileID: Hashable, Sendable, Comparable {
  public var index: Int
  public init(_ index: Int) { self.index = index }
  public static func < (a: FileID, b: FileID) -> Bool { a.index < b.index }
}

/// A half-open span of one source file, in UTF-8 byte offsets.
///
/// Offsets are the truth; lines and columns are derived on demand by ``SourceFile/position(at:)``
/// so that the parser's hot path never computes them. `end` is one past the last byte.
public struct SourceRange: Hashable, Sendable {
  public var file: FileID
  /// UTF-8 byte offset of the first byte, 0-based.
  public var start: Int
  /// UTF-8 byte offset one past the last byte.
  public var end: Int

  public init(file: FileID, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  /// An empty range at this range's start.
  public var startPoint: SourceRange { SourceRange(file: file, start: start, end: start) }
  /// An empty range at this range's end.
  public var endPoint: SourceRange { SourceRange(file: file, start: end, end: end) }
}

/// A resolved point in a source file.
///
/// `column` counts Unicode scalar values from the start of the line (1-based), as `spec/cli.md`
/// fixes it; this differs from HCL v2 (grapheme clusters) and from editors that count UTF-16.
public struct SourcePosition: Hashable, Sendable, Comparable {
  /// UTF-8 byte offset, 0-based.
  public var offset: Int
  /// 1-based line number.
  public var line: Int
  /// 1-based column in Unicode scalars.
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool { a.offset < b.offset }
}
