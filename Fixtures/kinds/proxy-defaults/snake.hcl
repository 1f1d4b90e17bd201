# The same entry with Consul's snake_case aliases (lower case where a field has none).
kind      = "proxy-defaults"
name      = "global"
partition = "part-a"
namespace = "ns-a"
config {
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
mode = "transparent"
transparent_proxy {
  outbound_listener_port = 15001
  dialed_directly        = false
}
mutual_tls_mode = "strict"
mesh_gateway {
  mode = "local"
}
expose {
  checks = true
  paths = [
    { path = "/metrics", local_path_port = 9090, listener_port = 21500, protocol = "http", parsedfromcheck = false },
  ]
}
access_logs {
  enabled               = true
  disable_listener_logs = false
  type                  = "file"
  path                  = "/var/log/envoy/access.log"
  json_format           = "{\"start\": \"%START_TIME%\"}"
  text_format           = "[%START_TIME%]"
}
envoy_extensions = [
  {
    name          = "builtin/property-override"
    required      = false
    arguments     = { ProxyType = "connect-proxy" }
    consulversion = ">= 1.16"
    envoyversion  = ">= 1.26"
  },
]
failover_policy {
  mode    = "order-by-locality"
  regions = ["us-east-1", "us-west-2"]
}
prioritize_by_locality {
  mode = "failover"
}
meta {
  owner = "platform"
}
createindex = 0
modifyindex = 0
