import CentryCore

/// `unsupported-input`: a file centry recognises but cannot read yet.
public struct UnsupportedInputRule: DescribedRule {
  public static let description = RuleDescription(
    id: .unsupportedInput,
    severity: .error,
    summary: "The input is in a format centry does not support yet",
    rationale: """
      Files ending in `.yaml` or `.yml` hold Kubernetes custom resources of consul-k8s \
      (`apiVersion: consul.hashicorp.com/v1alpha1`). centry does not read them yet, so such a \
      file is reported instead of being skipped silently or misread as HCL. Convert the resource \
      to HCL or JSON (its `spec` with `Kind` and `Name` added) to check it today.
      """,
    passing: [
      Example(
        """
        Kind = "service-defaults"
        Name = "web"
        Protocol = "http"
        """)
    ],
    failing: [
      Example(files: [
        (
          "router.yaml",
          """
          «apiVersion: consul.hashicorp.com/v1alpha1»
          kind: ServiceRouter
          metadata:
            name: web
          """
        )
      ])
    ])

  /// True for a file name centry routes to the (not yet written) YAML reader.
  public static func isYAML(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
  }

  /// The `unsupported-input` diagnostic for a YAML file, pointing at its first line that is not
  /// blank, a comment or a `---` separator (an empty range at the start when there is none).
  public static func unsupportedYAML(_ file: SourceFile, id: FileID) -> Diagnostic {
    var range = SourceRange(file: id, start: 0, end: 0)
    for number in 1...max(1, file.lineCount) {
      let text = file.lineText(number)
      let content = text.drop { $0 == " " || $0 == "\t" }
      if content.isEmpty || content.hasPrefix("#") || content.hasPrefix("---") { continue }
      let start = file.lineStart(number) + (text.utf8.count - content.utf8.count)
      let trimmedEnd = content.reversed().drop { $0 == " " || $0 == "\t" }
      range = SourceRange(file: id, start: start, end: start + String(trimmedEnd).utf8.count)
      break
    }
    return diagnostic(
      "Kubernetes custom resources (YAML) are not supported yet", at: range,
      help: "convert the resource to HCL or JSON (its `spec` plus `Kind` and `Name`) to check it")
  }
}

extension RuleID {
  public static let unsupportedInput = RuleID("unsupported-input")
}
