Kind = "service-defaults"
Name = "web"
UpstreamConfig {
  Defaults {
    Limits {
      MaxConnections        = 500
      MaxPendingRequests    = 600
      MaxConcurrentRequests = 700
    }
  }
}
