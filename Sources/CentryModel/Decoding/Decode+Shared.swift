// Decoders of the shared sub-objects. Field names and aliases follow the api structs
// (spec decoding §1.5 alias table).

extension TransparentProxyConfig {
  static func decode(_ r: inout ObjectReader) -> TransparentProxyConfig {
    var v = TransparentProxyConfig()
    v.outboundListenerPort = r.int("OutboundListenerPort", alias: "outbound_listener_port")
    v.dialedDirectly = r.bool("DialedDirectly", alias: "dialed_directly")
    return v
  }
}

extension MeshGatewayConfig {
  static func decode(_ r: inout ObjectReader) -> MeshGatewayConfig {
    var v = MeshGatewayConfig()
    v.mode = r.string("Mode")
    return v
  }
}

extension ExposeConfig {
  static func decode(_ r: inout ObjectReader) -> ExposeConfig {
    var v = ExposeConfig()
    v.checks = r.bool("Checks")
    v.paths = r.list("Paths", decode: ExposePath.decode)
    return v
  }
}

extension ExposePath {
  static func decode(_ r: inout ObjectReader) -> ExposePath {
    var v = ExposePath()
    v.listenerPort = r.int("ListenerPort", alias: "listener_port")
    v.path = r.string("Path")
    v.localPathPort = r.int("LocalPathPort", alias: "local_path_port")
    v.protocol = r.string("Protocol")
    v.parsedFromCheck = r.bool("ParsedFromCheck")
    return v
  }
}

extension HTTPHeaderModifiers {
  static func decode(_ r: inout ObjectReader) -> HTTPHeaderModifiers {
    var v = HTTPHeaderModifiers()
    v.add = r.stringMap("Add")
    v.set = r.stringMap("Set")
    v.remove = r.stringList("Remove")
    return v
  }
}

extension EnvoyExtension {
  static func decode(_ r: inout ObjectReader) -> EnvoyExtension {
    var v = EnvoyExtension()
    v.name = r.string("Name")
    v.required = r.bool("Required")
    v.arguments = r.opaqueMap("Arguments")
    v.consulVersion = r.string("ConsulVersion")
    v.envoyVersion = r.string("EnvoyVersion")
    return v
  }
}

extension ServiceResolverFailoverPolicy {
  static func decode(_ r: inout ObjectReader) -> ServiceResolverFailoverPolicy {
    var v = ServiceResolverFailoverPolicy()
    v.mode = r.string("Mode")
    v.regions = r.stringList("Regions")
    return v
  }
}

extension ServiceResolverPrioritizeByLocality {
  static func decode(_ r: inout ObjectReader) -> ServiceResolverPrioritizeByLocality {
    var v = ServiceResolverPrioritizeByLocality()
    v.mode = r.string("Mode")
    return v
  }
}
