# Every field of service-defaults (decoding fixture: not a valid entry for Consul CE).
Kind      = "service-defaults"
Name      = "web"
Partition = "part-a"
Namespace = "ns-a"
Protocol  = "http"
Mode      = "transparent"
TransparentProxy {
  OutboundListenerPort = 15001
  DialedDirectly       = true
}
MutualTLSMode = "strict"
MeshGateway {
  Mode = "local"
}
Expose {
  Checks = true
  Paths = [
    {
      ListenerPort    = 21500
      Path            = "/metrics"
      LocalPathPort   = 9090
      Protocol        = "http"
      ParsedFromCheck = false
    },
  ]
}
ExternalSNI = "web.example.com"
UpstreamConfig {
  Overrides = [
    {
      Name                       = "db"
      Partition                  = "part-b"
      Namespace                  = "ns-b"
      Peer                       = "east"
      EnvoyListenerJSON          = "{}"
      EnvoyClusterJSON           = "{}"
      Protocol                   = "grpc"
      ConnectTimeoutMs           = 1500
      Limits {
        MaxConnections        = 10
        MaxPendingRequests    = 20
        MaxConcurrentRequests = 30
      }
      PassiveHealthCheck {
        Interval                = "10s"
        MaxFailures             = 5
        EnforcingConsecutive5xx = 80
        MaxEjectionPercent      = 50
        BaseEjectionTime        = "20s"
      }
      MeshGateway {
        Mode = "remote"
      }
      BalanceOutboundConnections = "exact_balance"
    },
  ]
  Defaults {
    ConnectTimeoutMs = 3000
    Protocol         = "http"
  }
}
Destination {
  Addresses = ["api.example.com", "203.0.113.10"]
  Port      = 443
}
MaxInboundConnections     = 100
LocalConnectTimeoutMs     = 2000
LocalRequestTimeoutMs     = 30000
BalanceInboundConnections = "exact_balance"
RateLimits {
  InstanceLevel {
    RequestsPerSecond = 50
    RequestsMaxBurst  = 100
    Routes = [
      {
        PathExact         = "/a"
        PathPrefix        = "/b"
        PathRegex         = "/c.*"
        RequestsPerSecond = 5
        RequestsMaxBurst  = 10
      },
    ]
  }
}
EnvoyExtensions = [
  {
    Name     = "builtin/lua"
    Required = true
    Arguments = {
      ProxyType = "connect-proxy"
      Listener  = "inbound"
      Script    = "function envoy_on_request(h) end"
    }
    ConsulVersion = ">= 1.15"
    EnvoyVersion  = ">= 1.25"
  },
]
MaxRequestHeadersKB = 96
Meta {
  owner       = "team-frontend"
  "team-name" = "web"
}
CreateIndex = 0
ModifyIndex = 0
