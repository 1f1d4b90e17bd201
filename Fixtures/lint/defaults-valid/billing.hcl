kind     = "service-defaults"
name     = "billing"
protocol = "grpc"
upstream_config {
  defaults {
    connect_timeout_ms = 3000
    limits {
      max_connections         = 256
      max_pending_requests    = 128
      max_concurrent_requests = 512
    }
  }
  overrides = [
    {
      name     = "ledger"
      protocol = "grpc"
      passive_health_check {
        interval                  = "10s"
        max_failures              = 5
        enforcing_consecutive_5xx = 80
        max_ejection_percent      = 50
        base_ejection_time        = "20s"
      }
    }
  ]
}
