Kind     = "service-defaults"
Name     = "web"
Protocol = "http"
MeshGateway {
  Mode = "remote"
}
UpstreamConfig {
  Defaults {
    ConnectTimeoutMs = 2500
    Limits {
      MaxConnections = 10
    }
    PassiveHealthCheck {
      MaxFailures = 3
    }
  }
  Overrides = [
    {
      Name = "db"
      Limits {
        MaxPendingRequests = 7
      }
      BalanceOutboundConnections = "exact_balance"
    },
  ]
}
