import CentryCore

extension DecodedEntry {
  /// Where to point at the entry as a whole: its `Name` value, else its `Kind` value.
  public var place: SourceRange {
    name?.valueRange ?? kindRange.valueRange
  }
}
