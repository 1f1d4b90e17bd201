import CentryCore

// Descriptions of the sub-objects several kinds share (api/config_entry.go and
// config_entry_discoverychain.go; aliases from spec decoding-and-api §1.5).

extension TransparentProxyConfig: Described {
  public static let schema = StructSchema<Self>(
    "TransparentProxyConfig", summary: "Settings for proxies in transparent mode.",
    [
      Field(
        "OutboundListenerPort", \.outboundListenerPort, .int, alias: "outbound_listener_port", default: "15001",
        "The port the proxy listens on for outbound traffic; outbound application traffic must be redirected to it."),
      Field(
        "DialedDirectly", \.dialedDirectly, .bool, alias: "dialed_directly", default: "false",
        "Lets transparent proxies dial this instance's IP address directly instead of the virtual address."),
    ])
}

extension MeshGatewayConfig: Described {
  public static let schema = StructSchema<Self>(
    "MeshGatewayConfig", summary: "Whether, and through which mesh gateway, proxies reach other datacenters.",
    [
      Field(
        "Mode", \.mode, .string,
        "`none`, `local` or `remote`: connect directly, or through a gateway in the local or the remote datacenter.")
    ])
}

extension ExposeConfig: Described {
  public static let schema = StructSchema<Self>(
    "ExposeConfig", summary: "HTTP paths exposed through Envoy to callers outside the mesh.",
    [
      Field(
        "Checks", \.checks, .bool, default: "false",
        "Exposes every HTTP and gRPC check registered with the agent through Envoy."),
      Field("Paths", \.paths, .list(.object), "HTTP paths to expose through Envoy."),
    ])
}

extension ExposePath: Described {
  public static let schema = StructSchema<Self>(
    "ExposePath", summary: "One HTTP path exposed through Envoy.",
    [
      Field(
        "ListenerPort", \.listenerPort, .int, alias: "listener_port",
        "The port where the proxy listens for connections to the path; it must be free."),
      Field("Path", \.path, .string, "The HTTP path to expose; it starts with `/`."),
      Field(
        "LocalPathPort", \.localPathPort, .int, alias: "local_path_port",
        "The port where the local service listens for connections to the path."),
      Field("Protocol", \.protocol, .string, default: "http", "The listener's protocol: `http`, or `http2` for gRPC."),
      Field(
        "ParsedFromCheck", \.parsedFromCheck, .bool, json: .always, crd: .omitted,
        "Set by Consul on paths it exposes for checks; not meant to be written."),
    ])
}

extension HTTPHeaderModifiers: Described {
  public static let schema = StructSchema<Self>(
    "HTTPHeaderModifiers", summary: "Changes to the headers of a request or response (header names are data).",
    [
      Field("Add", \.add, .map(.string), "Headers to add; a header that already exists gets a second value."),
      Field("Set", \.set, .map(.string), "Headers to set, replacing any value they have."),
      Field("Remove", \.remove, .list(.string), "Names of headers to remove."),
    ])
}

extension EnvoyExtension: Described {
  public static let schema = StructSchema<Self>(
    "EnvoyExtension", summary: "An extension that patches the Envoy configuration Consul generates.",
    [
      Field("Name", \.name, .string, json: .always, "The name of the extension."),
      Field(
        "Required", \.required, .bool, json: .always,
        "Makes a failure to apply the extension an error instead of skipping it."),
      Field(
        "Arguments", \.arguments, .anyMap, json: .always,
        "The arguments passed to the extension; their shape depends on the extension."),
      Field(
        "ConsulVersion", \.consulVersion, .string, json: .always, crd: .omitted,
        "A version constraint on Consul; other versions skip the extension."),
      Field(
        "EnvoyVersion", \.envoyVersion, .string, json: .always, crd: .omitted,
        "A version constraint on Envoy; other versions skip the extension."),
    ])
}

extension ServiceResolverFailoverPolicy: Described {
  public static let schema = StructSchema<Self>(
    "ServiceResolverFailoverPolicy", summary: "How failover targets are ordered.",
    [
      Field(
        "Mode", \.mode, .string, enterprise: .yes,
        "`sequential` (as listed) or `order-by-locality` (nearest region first)."),
      Field(
        "Regions", \.regions, .list(.string), enterprise: .yes,
        "The regions, in order, for `order-by-locality`."),
    ])
}

extension ServiceResolverPrioritizeByLocality: Described {
  public static let schema = StructSchema<Self>(
    "ServiceResolverPrioritizeByLocality", summary: "Whether proxies prefer upstream instances nearby.",
    [
      Field(
        "Mode", \.mode, .string,
        "`none`, or `failover`: prefer healthy instances in the same region and zone when upstreams fail.")
    ])
}
