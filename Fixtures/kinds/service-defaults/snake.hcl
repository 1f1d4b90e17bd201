# The same entry with Consul's snake_case aliases (lower case where a field has none).
kind      = "service-defaults"
name      = "web"
partition = "part-a"
namespace = "ns-a"
protocol  = "http"
mode      = "transparent"
transparent_proxy {
  outbound_listener_port = 15001
  dialed_directly        = true
}
mutual_tls_mode = "strict"
mesh_gateway {
  mode = "local"
}
expose {
  checks = true
  paths = [
    {
      listener_port   = 21500
      path            = "/metrics"
      local_path_port = 9090
      protocol        = "http"
      parsedfromcheck = false
    },
  ]
}
external_sni = "web.example.com"
upstream_config {
  overrides = [
    {
      name                = "db"
      partition           = "part-b"
      namespace           = "ns-b"
      peer                = "east"
      envoy_listener_json = "{}"
      envoy_cluster_json  = "{}"
      protocol            = "grpc"
      connect_timeout_ms  = 1500
      limits {
        max_connections         = 10
        max_pending_requests    = 20
        max_concurrent_requests = 30
      }
      passive_health_check {
        interval                  = "10s"
        max_failures              = 5
        enforcing_consecutive_5xx = 80
        max_ejection_percent      = 50
        base_ejection_time        = "20s"
      }
      mesh_gateway {
        mode = "remote"
      }
      balance_outbound_connections = "exact_balance"
    },
  ]
  defaults {
    connect_timeout_ms = 3000
    protocol           = "http"
  }
}
destination {
  addresses = ["api.example.com", "203.0.113.10"]
  port      = 443
}
max_inbound_connections     = 100
local_connect_timeout_ms    = 2000
local_request_timeout_ms    = 30000
balance_inbound_connections = "exact_balance"
rate_limits {
  instance_level {
    requests_per_second = 50
    requests_max_burst  = 100
    routes = [
      {
        path_exact          = "/a"
        path_prefix         = "/b"
        path_regex          = "/c.*"
        requests_per_second = 5
        requests_max_burst  = 10
      },
    ]
  }
}
envoy_extensions = [
  {
    name     = "builtin/lua"
    required = true
    arguments = {
      ProxyType = "connect-proxy"
      Listener  = "inbound"
      Script    = "function envoy_on_request(h) end"
    }
    consulversion = ">= 1.15"
    envoyversion  = ">= 1.25"
  },
]
maxrequestheaderskb = 96
meta {
  owner       = "team-frontend"
  "team-name" = "web"
}
createindex = 0
modifyindex = 0
