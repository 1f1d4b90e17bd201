import CentryCore

/// Rule examples written as one entry: the `Kind` and `Name` lines every entry starts with, then
/// the fields the example is about.
///
/// Nearly every example of a rule is such an entry, so the two header lines are written here once
/// and each example states only what differs. The text is exactly what the example would have
/// spelled out (`centry rules ID` shows it unchanged).
extension Example {
  /// A one-file example of an entry of `kind` named `name`, whose other fields are `body`
  /// (marked with `«…»` like any example text; none for an entry of only `Kind` and `Name`).
  public init(
    _ kind: EntryKind, _ name: String, _ body: String = "", file: String = #filePath, line: Int = #line
  ) {
    self.init(Self.entryText(kind, name, body), file: file, line: line)
  }

  /// One file, `fileName`, of a multi-file example: an entry of `kind` named `name` whose other
  /// fields are `body`.
  public static func file(_ fileName: String, _ kind: EntryKind, _ name: String, _ body: String = "") -> (
    name: String, text: String
  ) {
    (fileName, entryText(kind, name, body))
  }

  /// `Kind = "kind"`, `Name = "name"` and `body`, one to a line.
  static func entryText(_ kind: EntryKind, _ name: String, _ body: String) -> String {
    let header = "Kind = \"\(kind.rawValue)\"\nName = \"\(name)\""
    return body.isEmpty ? header : header + "\n" + body
  }
}
