kind                        = "service-defaults"
name                        = "web"
protocol                    = "HTTPS"
mode                        = "tproxy"
mutual_tls_mode             = "optional"
balance_inbound_connections = "round_robin"
local_connect_timeout_ms    = -1
mesh_gateway {
  mode = "Local"
}
upstream_config {
  defaults {
    name     = "x"
    protocol = "https"
    limits {
      max_connections = -1
    }
    balance_outbound_connections = "x"
  }
  overrides = [
    {
      protocol = "grpc"
    },
    {
      name = "ledger"
      passive_health_check {
        interval             = "-10s"
        max_ejection_percent = 150
      }
    },
    {
      name               = "ledger"
      connect_timeout_ms = 100
    },
  ]
}
destination {
  addresses = ["*.example.com", "203.0.113.10", "203.0.113.10"]
  port      = 0
}
rate_limits {
  instance_level {
    requests_per_second = 100
  }
}
envoy_extensions = [
  {
    name = "builtin/nope"
  },
  {
    name         = "builtin/lua"
    envoyversion = ">= one"
  },
]
