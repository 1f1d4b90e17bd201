import CentryCore
import CentryModel

/// `defaults-envoy-extension`: an `EnvoyExtensions` element without a built-in name or with a bad
/// version constraint.
struct DefaultsEnvoyExtensionRule: Rule {
  static let builtins = [
    "builtin/aws/lambda", "builtin/ext-authz", "builtin/lua", "builtin/otel-access-logging",
    "builtin/property-override", "builtin/wasm",
  ]

  static let description = RuleDescription(
    id: .defaultsEnvoyExtension, severity: .error,
    summary: "An Envoy extension without a built-in `Name` or with an invalid version constraint",
    rationale: """
      Consul validates the envelope of each `EnvoyExtensions` element: `Name` is required \
      (`invalid EnvoyExtensions[0]: Name is required`) and must be a built-in extension \
      (`builtin/aws/lambda`, `builtin/ext-authz`, `builtin/lua`, `builtin/otel-access-logging`, \
      `builtin/property-override`, `builtin/wasm`): \
      `invalid EnvoyExtensions[0][foo]: name "foo" is not a built-in extension`. \
      `ConsulVersion` and `EnvoyVersion` must be go-version constraints such as `>= 1.20, < 1.22`.
      """,
    passing: [
      Example(
        .serviceDefaults, "web",
        """
        EnvoyExtensions = [{ Name = "builtin/lua", EnvoyVersion = ">= 1.26, < 1.30", ConsulVersion = "~> 1.17" }]
        """)
    ],
    failing: [
      Example(
        .serviceDefaults, "web",
        """
        EnvoyExtensions = [
          { Name = «"builtin/nope"» },
          «{ Required = true }»,
          { Name = "builtin/lua", EnvoyVersion = «">= one"» },
        ]
        """)
    ])

  func check(_ context: CheckContext) -> [Diagnostic] {
    ConsulValidation.serviceDefaults(context).flatMap { _, defaults in
      defaults.envoyExtensions.orEmpty().enumerated().flatMap { index, element -> [Diagnostic] in
        let ext = element.value
        var found: [Diagnostic] = []
        if let name = ConsulValidation.nonEmpty(ext.name) {
          if !Self.builtins.contains(name.value) {
            let close = Self.builtins.first {
              $0.hasSuffix("/" + name.value) || $0.lowercased() == name.value.lowercased()
            }
            found.append(
              Self.diagnostic(
                "\(ConsulValidation.code(name.value)) is not a built-in Envoy extension", at: name.valueRange,
                help:
                  "Consul: `invalid EnvoyExtensions[\(index)][\(name.value)]: name \(ConsulValidation.quote(name.value)) is not a built-in extension`",
                suggestion: close.map { Suggestion("did you mean `\($0)`?", replacement: "\"\($0)\"") }))
          }
        } else {
          found.append(
            Self.diagnostic(
              "Envoy extension has no `Name`", at: ext.name?.valueRange ?? element.valueRange,
              help: "Consul: `invalid EnvoyExtensions[\(index)]: Name is required`"))
        }
        for (field, key) in [(ext.envoyVersion, "EnvoyVersion"), (ext.consulVersion, "ConsulVersion")] {
          guard let field = ConsulValidation.nonEmpty(field), !Self.isConstraint(field.value) else { continue }
          found.append(
            Self.diagnostic(
              "`\(key)` \(ConsulValidation.code(field.value)) is not a version constraint", at: field.valueRange,
              help:
                "write constraints such as `>= 1.20, < 1.22`; Consul: `invalid EnvoyExtensions[\(index)].\(key): Malformed constraint: \(field.value)`"
            ))
        }
        return found
      }
    }
  }

  /// A hashicorp/go-version constraint list: `op version` items separated by commas.
  static func isConstraint(_ text: String) -> Bool {
    text.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { item in
      var rest = Substring(item.trimmingSpaces)
      for op in [">=", "<=", "!=", "~>", "=", ">", "<"] where rest.hasPrefix(op) {
        rest = rest.dropFirst(op.count)
        break
      }
      return isVersion(Substring(rest.trimmingSpaces))
    }
  }

  /// `v?N(.N)*(-pre)?(+meta)?`.
  private static func isVersion(_ text: Substring) -> Bool {
    var rest = text.hasPrefix("v") ? text.dropFirst() : text
    let metaSplit = rest.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)
    if metaSplit.count == 2 {
      guard isIdentifierList(metaSplit[1]) else { return false }
      rest = metaSplit[0]
    }
    let preSplit = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    if preSplit.count == 2 {
      guard isIdentifierList(preSplit[1]) else { return false }
      rest = preSplit[0]
    }
    let numbers = rest.split(separator: ".", omittingEmptySubsequences: false)
    return !numbers.isEmpty && numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
  }

  private static func isIdentifierList(_ text: Substring) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isLetter && $0.isASCII || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}

extension RuleID {
  public static let defaultsEnvoyExtension = RuleID("defaults-envoy-extension")
}
