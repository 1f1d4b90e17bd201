Kind                      = "service-defaults"
Name                      = "web"
Protocol                  = "HTTPS"
Mode                      = "tproxy"
MutualTLSMode             = "optional"
BalanceInboundConnections = "round_robin"
LocalConnectTimeoutMs     = -1
MeshGateway {
  Mode = "Local"
}
UpstreamConfig {
  Defaults {
    Name     = "x"
    Protocol = "https"
    Limits {
      MaxConnections = -1
    }
    BalanceOutboundConnections = "x"
  }
  Overrides = [
    {
      Protocol = "grpc"
    },
    {
      Name = "ledger"
      PassiveHealthCheck {
        Interval           = "-10s"
        MaxEjectionPercent = 150
      }
    },
    {
      Name             = "ledger"
      ConnectTimeoutMs = 100
    },
  ]
}
Destination {
  Addresses = ["*.example.com", "203.0.113.10", "203.0.113.10"]
  Port      = 0
}
RateLimits {
  InstanceLevel {
    RequestsPerSecond = 100
  }
}
EnvoyExtensions = [
  {
    Name = "builtin/nope"
  },
  {
    Name         = "builtin/lua"
    EnvoyVersion = ">= one"
  },
]
