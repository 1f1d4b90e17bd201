import CentryCore

// service-router (api `ServiceRouterConfigEntry`; spec core-entries §4).

extension ServiceRouter {
  public static let schema = StructSchema<Self>(
    "ServiceRouterConfigEntry", kind: .serviceRouter,
    summary: "L7 routes for one service: requests matched by path, header, query or method go elsewhere.",
    [
      .name("The service whose requests the routes apply to."),
      .partition,
      .namespace,
      Field(
        "Routes", \.routes, .list(.object),
        "Routes tried in order; the first match decides, and unmatched requests go to the service itself."),
      .meta,
      .createIndex,
      .modifyIndex,
    ])
}

extension ServiceRoute: Described {
  public static let schema = StructSchema<Self>(
    "ServiceRoute", summary: "One route: what a request must match, and where it then goes.",
    [
      Field(
        "Match", \.match, .object, json: .pointer, "What a request must match; absent or empty matches every request."),
      Field(
        "Destination", \.destination, .object, json: .pointer,
        "Where matching requests go; absent sends them to the router's own service."),
    ])
}

extension ServiceRouteMatch: Described {
  public static let schema = StructSchema<Self>(
    "ServiceRouteMatch", summary: "What a request must match.",
    [Field("HTTP", \.http, .object, json: .pointer, "HTTP criteria a request must match.")])
}

extension ServiceRouteHTTPMatch: Described {
  public static let schema = StructSchema<Self>(
    "ServiceRouteHTTPMatch", summary: "HTTP criteria; every one given must match.",
    [
      Field(
        "PathExact", \.pathExact, .string, alias: "path_exact",
        "The exact request path to match; not with PathPrefix or PathRegex."),
      Field(
        "PathPrefix", \.pathPrefix, .string, alias: "path_prefix",
        "The request path prefix to match; not with PathExact or PathRegex."),
      Field(
        "PathRegex", \.pathRegex, .string, alias: "path_regex",
        "A regular expression (RE2 with Envoy) the request path must match; not with PathExact or PathPrefix."),
      Field(
        "CaseInsensitive", \.caseInsensitive, .bool, alias: "case_insensitive", default: "false",
        "Matches the path without regard to letter case."),
      Field("Header", \.header, .list(.object), "Request headers that must all match."),
      Field("QueryParam", \.queryParam, .list(.object), alias: "query_param", "Query parameters that must all match."),
      Field(
        "Methods", \.methods, .list(.string), "HTTP methods to match (`GET`, `POST` …); empty matches every method."),
    ])
}

extension ServiceRouteHTTPMatchHeader: Described {
  public static let schema = StructSchema<Self>(
    "ServiceRouteHTTPMatchHeader", summary: "A request header to match, by at most one of its criteria.",
    [
      Field("Name", \.name, .string, json: .always, "The name of the header to match (required)."),
      Field("Present", \.present, .bool, "Matches when the header is present, whatever its value."),
      Field("Exact", \.exact, .string, "Matches when the header has exactly this value."),
      Field("Prefix", \.prefix, .string, "Matches when the header's value starts with this."),
      Field("Suffix", \.suffix, .string, "Matches when the header's value ends with this."),
      Field("Regex", \.regex, .string, "Matches when the header's value matches this regular expression."),
      Field("Invert", \.invert, .bool, "Inverts the match: requests that match are not routed here."),
    ])
}

extension ServiceRouteHTTPMatchQueryParam: Described {
  public static let schema = StructSchema<Self>(
    "ServiceRouteHTTPMatchQueryParam", summary: "A query parameter to match, by at most one of its criteria.",
    [
      Field("Name", \.name, .string, json: .always, "The name of the query parameter to match (required)."),
      Field("Present", \.present, .bool, "Matches when the parameter is present, whatever its value."),
      Field("Exact", \.exact, .string, "Matches when the parameter has exactly this value."),
      Field("Regex", \.regex, .string, "Matches when the parameter's value matches this regular expression."),
    ])
}

extension ServiceRouteDestination: Described {
  public static let schema = StructSchema<Self>(
    "ServiceRouteDestination", summary: "Where matching requests go, and how they are retried and timed out.",
    [
      Field("Service", \.service, .string, "The service to send matching requests to; defaults to the router's Name."),
      Field(
        "ServiceSubset", \.serviceSubset, .string, alias: "service_subset",
        "The subset of that service (a service-resolver subset); defaults to its DefaultSubset."),
      Field(
        "Namespace", \.namespace, .string, enterprise: .yes,
        "The namespace to resolve the service in; defaults to the current one."),
      Field(
        "Partition", \.partition, .string, enterprise: .yes,
        "The admin partition to resolve the service in; defaults to the current one."),
      Field(
        "PrefixRewrite", \.prefixRewrite, .string, alias: "prefix_rewrite",
        "Replaces the matched PathPrefix or PathExact before the request is proxied."),
      Field(
        "RequestTimeout", \.requestTimeout, .duration, alias: "request_timeout", json: .durationString,
        "The time allowed for the whole request, retries included; negative disables the timeout."),
      Field(
        "IdleTimeout", \.idleTimeout, .duration, alias: "idle_timeout", json: .durationString,
        "How long the request stream may be idle; negative disables the timeout."),
      Field(
        "NumRetries", \.numRetries, .uint32, alias: "num_retries", default: "1",
        "How many times to retry when a retry condition occurs."),
      Field(
        "RetryOnConnectFailure", \.retryOnConnectFailure, .bool, alias: "retry_on_connect_failure",
        "Retries when connecting to the destination fails."),
      Field(
        "RetryOn", \.retryOn, .list(.string), alias: "retry_on",
        "Conditions that trigger a retry: `5xx`, `gateway-error`, `reset`, `connect-failure` …"),
      Field(
        "RetryOnStatusCodes", \.retryOnStatusCodes, .list(.uint32), alias: "retry_on_status_codes",
        json: JSONRule.omitEmpty.after("RetryOnConnectFailure"), "HTTP response status codes that trigger a retry."),
      Field(
        "RequestHeaders", \.requestHeaders, .object, alias: "request_headers", json: .pointer,
        "Header changes applied to requests on this route (not with `tcp`)."),
      Field(
        "ResponseHeaders", \.responseHeaders, .object, alias: "response_headers", json: .pointer,
        "Header changes applied to responses on this route (not with `tcp`)."),
    ])
}
