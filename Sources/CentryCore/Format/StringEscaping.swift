/// The one loop of centry's string escapers: Go quoting (`GoFormat.quote`), JSON strings
/// (`JSONValue`), Checkstyle XML attributes, GitHub workflow commands and the AST dump.
///
/// They differ only in which Unicode scalars they replace and by what, so each passes that as a
/// function returning the replacement, or `nil` to keep the scalar.
public enum StringEscaping {
  /// Appends `text` to `out`, every Unicode scalar for which `escape` returns a string replaced by
  /// that string.
  @inlinable
  public static func append(
    _ text: String, to out: inout String, escaping escape: (Unicode.Scalar) -> String?
  ) {
    for scalar in text.unicodeScalars {
      if let replacement = escape(scalar) {
        out += replacement
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  /// `text` with every Unicode scalar for which `escape` returns a string replaced by that string.
  @inlinable
  public static func escaped(_ text: String, escaping escape: (Unicode.Scalar) -> String?) -> String {
    var out = ""
    append(text, to: &out, escaping: escape)
    return out
  }

  /// The backslash escapes that Go, JSON and Swift string literals write alike: `\"`, `\\`, `\n`,
  /// `\r` and `\t`; `nil` for any other scalar.
  @inlinable
  public static func commonBackslashEscape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\"": "\\\""
    case "\\": "\\\\"
    case "\n": "\\n"
    case "\r": "\\r"
    case "\t": "\\t"
    default: nil
    }
  }
}
