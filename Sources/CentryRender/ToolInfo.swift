/// The tool's identity as reports (SARIF) and `--version` show it.
public enum ToolInfo {
  public static let name = "centry"
  /// Bumped by hand on release.
  public static let version = "0.1.0"
  /// Where SARIF consumers link the tool's name.
  public static let informationURI = "https://github.com/centry/centry"
}
