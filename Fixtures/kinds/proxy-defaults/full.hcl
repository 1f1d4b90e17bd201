# Every field of proxy-defaults (decoding fixture).
Kind      = "proxy-defaults"
Name      = "global"
Partition = "part-a"
Namespace = "ns-a"
Config {
  protocol                   = "http"
  envoy_prometheus_bind_addr = "0.0.0.0:9102"
  local_connect_timeout_ms   = 1000
  nested {
    deeper {
      flag = true
    }
  }
  list = ["a", "b"]
}
Mode = "transparent"
TransparentProxy {
  OutboundListenerPort = 15001
  DialedDirectly       = false
}
MutualTLSMode = "strict"
MeshGateway {
  Mode = "local"
}
Expose {
  Checks = true
  Paths = [
    { Path = "/metrics", LocalPathPort = 9090, ListenerPort = 21500, Protocol = "http", ParsedFromCheck = false },
  ]
}
AccessLogs {
  Enabled             = true
  DisableListenerLogs = false
  Type                = "file"
  Path                = "/var/log/envoy/access.log"
  JSONFormat          = "{\"start\": \"%START_TIME%\"}"
  TextFormat          = "[%START_TIME%]"
}
EnvoyExtensions = [
  {
    Name          = "builtin/property-override"
    Required      = false
    Arguments     = { ProxyType = "connect-proxy" }
    ConsulVersion = ">= 1.16"
    EnvoyVersion  = ">= 1.26"
  },
]
FailoverPolicy {
  Mode    = "order-by-locality"
  Regions = ["us-east-1", "us-west-2"]
}
PrioritizeByLocality {
  Mode = "failover"
}
Meta {
  owner = "platform"
}
CreateIndex = 0
ModifyIndex = 0
