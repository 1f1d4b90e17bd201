import CentryCore

/// Adds colour (or nothing) to the pieces of a text report; layout never depends on it.
///
/// The text renderer asks the decorator to style each piece by its role, so the goldens stay
/// colour-free (``plain``) and colour is tested once, here.
public struct Decorator: Sendable, Hashable {
  /// What a piece of the report is.
  public enum Role: Sendable, Hashable {
    /// `error`, `warning`, `info` and the `[rule-id]` after it.
    case severity(Severity)
    /// The diagnostic's message in its header.
    case message
    /// Line numbers, `|`, `-->`, `:::` and `=`.
    case gutter
    /// `^^^` under the primary range.
    case primaryUnderline(Severity)
    /// `---` under a secondary range, with its label.
    case secondaryUnderline
    /// `note`, `help` in `= note:` lines.
    case label
  }

  public enum Style: Sendable, Hashable {
    case plain
    case ansi
  }

  public var style: Style

  public init(style: Style) { self.style = style }

  /// No escape codes at all.
  public static let plain = Decorator(style: .plain)
  /// ANSI SGR colours, codespan's palette.
  public static let ansi = Decorator(style: .ansi)

  /// `text` styled for `role`; empty text stays empty.
  public func callAsFunction(_ text: String, _ role: Role) -> String {
    switch style {
    case .plain: return text
    case .ansi:
      guard !text.isEmpty else { return text }
      return "\u{1B}[\(Self.code(for: role))m\(text)\u{1B}[0m"
    }
  }

  private static func code(for role: Role) -> String {
    switch role {
    case .severity(let severity), .primaryUnderline(let severity): "1;" + colour(of: severity)
    case .message: "1"
    case .gutter: "1;34"
    case .secondaryUnderline: "1;34"
    case .label: "1"
    }
  }

  private static func colour(of severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "36"
    }
  }
}

/// The `--color` choice.
public enum ColorChoice: String, Sendable, CaseIterable {
  case auto
  case always
  case never

  /// Whether to colour output: `never` and `NO_COLOR` set to any non-empty value (no-color.org:
  /// "when present and not an empty string, regardless of its value") always win, even over
  /// `always`; `auto` colours only a terminal.
  public func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    switch self {
    case .never: return false
    case .always: return true
    case .auto: return isTerminal
    }
  }
}
