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
  // Stored in 32 bits: a range sits in every AST node, model field (twice per `Located`) and
  // diagnostic, and 12 bytes instead of 24 cut the memory of a large lint by a third. Values
  // beyond ±2 GiB are clamped (no input that large can be read into memory here anyway).
  private var fileIndex: Int32
  private var startOffset: Int32
  private var endOffset: Int32

  public var file: FileID {
    get { FileID(Int(fileIndex)) }
    set { fileIndex = Int32(clamping: newValue.index) }
  }
  /// UTF-8 byte offset of the first byte, 0-based.
  public var start: Int {
    get { Int(startOffset) }
    set { startOffset = Int32(clamping: newValue) }
  }
  /// UTF-8 byte offset one past the last byte.
  public var end: Int {
    get { Int(endOffset) }
    set { endOffset = Int32(clamping: newValue) }
  }

  public init(file: FileID, start: Int, end: Int) {
    fileIndex = Int32(clamping: file.index)
    startOffset = Int32(clamping: start)
    endOffset = Int32(clamping: max(start, end))
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
