import CentryCore

/// `unknown-field`: a key that is not a field of the entry at that level.
public struct UnknownFieldRule: DescribedRule {
  public static let description = RuleDescription(
    id: .unknownField, severity: .error,
    summary: "A key that is not a field of the entry at that level",
    rationale: """
      Consul decodes a file into its typed structs and rejects every key no field consumed: \
      `invalid config key "Routes[0].Match.HTTP.PathPrefx"`. Field names match exactly or \
      case-insensitively (`pathprefix` works); snake_case works only for the aliases Consul \
      lists (`path_prefix`), and only at their own level. Keys ending in `namespace` get Consul's \
      note that namespaces are an Enterprise feature, keys containing `jwt` the API-gateway JWT \
      note. The help suggests the closest valid spelling and lists the fields of that level.
      """,
    passing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { PathPrefix = "/v2" } } }]
        """),
      Example(
        """
        kind = "service-router"
        name = "web"
        routes = [{ match { http { path_prefix = "/v2" } } }]
        """),
    ],
    failing: [
      Example(
        .serviceRouter, "web",
        """
        Routes = [{ Match { HTTP { «PathPrefx» = "/v2" } } }]
        """),
      Example(
        .serviceDefaults, "web",
        """
        «Protocl» = "http"
        «max_request_headers_kb» = 96
        """),
      Example(
        """
        {"Kind": "service-resolver", "Name": "api", "Subsets": {"v1": {«"Filtr"»: "Service.Meta.v == 1"}}}
        """),
    ])
}

extension RuleID {
  public static let unknownField = RuleID("unknown-field")
}
