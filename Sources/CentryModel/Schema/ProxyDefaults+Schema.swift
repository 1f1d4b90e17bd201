import CentryCore

// proxy-defaults (api `ProxyConfigEntry`; spec other-entries §1).

extension ProxyDefaults {
  public static let schema = StructSchema<Self>(
    "ProxyConfigEntry", kind: .proxyDefaults,
    summary: "Defaults for every proxy in the mesh; the one entry is named `global`.",
    [
      .name(default: "global", "The entry's name, which must be `global`."),
      .partition,
      .namespace,
      Field(
        "Config", \.config, .anyMap, json: JSONRule.omitEmpty.after("MutualTLSMode"),
        "Free-form proxy settings (`protocol`, `local_connect_timeout_ms` …); the keys depend on the proxy."),
      Field(
        "Mode", \.mode, .string, "`direct` or `transparent`: how proxies direct inbound and outbound traffic."),
      Field(
        "TransparentProxy", \.transparentProxy, .object, alias: "transparent_proxy", json: .pointer,
        "Settings for proxies in transparent mode."),
      Field(
        "MutualTLSMode", \.mutualTLSMode, .string, alias: "mutual_tls_mode", default: "strict",
        "`strict` or `permissive`: the default mutual TLS mode for incoming traffic (transparent proxies)."),
      Field(
        "MeshGateway", \.meshGateway, .object, alias: "mesh_gateway", "The default mesh gateway mode for every proxy."),
      Field("Expose", \.expose, .object, "HTTP paths every proxy exposes through Envoy."),
      Field(
        "AccessLogs", \.accessLogs, .object, alias: "access_logs", json: .pointer,
        "Envoy access logs for every proxy in the mesh, gateways included."),
      Field(
        "EnvoyExtensions", \.envoyExtensions, .list(.object), alias: "envoy_extensions",
        "Extensions that modify every proxy's Envoy configuration."),
      Field(
        "FailoverPolicy", \.failoverPolicy, .object, alias: "failover_policy", json: .pointer, enterprise: .yes,
        "The default order of failover targets for every upstream."),
      Field(
        "PrioritizeByLocality", \.prioritizeByLocality, .object, alias: "prioritize_by_locality", json: .pointer,
        enterprise: .yes, "Makes proxies prefer upstream instances in their own region and zone."),
      .meta,
      .createIndex,
      .modifyIndex,
    ])
}

extension AccessLogsConfig: Described {
  public static let schema = StructSchema<Self>(
    "AccessLogsConfig", summary: "Envoy access logs.",
    [
      Field("Enabled", \.enabled, .bool, alias: "enabled", default: "false", "Turns access logs on for every proxy."),
      Field(
        "DisableListenerLogs", \.disableListenerLogs, .bool, alias: "disable_listener_logs", default: "false",
        "Leaves out connections rejected at the listener, such as ones matching no upstream."),
      Field("Type", \.type, .string, alias: "type", "Where logs go: `stdout`, `stderr` or `file`."),
      Field("Path", \.path, .string, alias: "path", "The file logs are written to when Type is `file`."),
      Field(
        "JSONFormat", \.jsonFormat, .string, alias: "json_format",
        "A JSON log format using Envoy command operators; not with TextFormat."),
      Field(
        "TextFormat", \.textFormat, .string, alias: "text_format",
        "A text log format using Envoy command operators; not with JSONFormat."),
    ])
}
