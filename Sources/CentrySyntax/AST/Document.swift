import CentryCore

/// Which surface syntax a document was written in.
public enum SyntaxFlavor: String, Sendable {
  case hcl
  case json
}

/// A parsed HCL v1 or JSON document: the top-level body and every comment.
///
/// The parser always returns a document, even for broken input; the problems travel as
/// diagnostics beside it, and unparseable values appear as ``Value/invalid(_:)``.
public struct Document: Sendable {
  public var file: FileID
  public var flavor: SyntaxFlavor
  /// The top-level items (`Kind = "service-router"`, `Routes = [...]` …).
  public var body: ObjectBody
  /// Every comment of the file in source order (the formatter needs all of them).
  public var comments: [Comment]

  public init(file: FileID, flavor: SyntaxFlavor, body: ObjectBody, comments: [Comment] = []) {
    self.file = file
    self.flavor = flavor
    self.body = body
    self.comments = comments
  }
}

/// One comment, with its delimiters.
public struct Comment: Sendable, Hashable {
  public enum Style: Sendable, Hashable {
    /// `# …`
    case hash
    /// `// …`
    case doubleSlash
    /// `/* … */`
    case block
  }

  public var style: Style
  /// The full comment text including its delimiters, without the line terminator.
  public var text: String
  public var range: SourceRange

  public init(style: Style, text: String, range: SourceRange) {
    self.style = style
    self.text = text
    self.range = range
  }
}
