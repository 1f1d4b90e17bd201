Kind           = "service-resolver"
Name           = "db"
ConnectTimeout = "15s"
RequestTimeout = "30s"
LoadBalancer {
  Policy = "ring_hash"
  RingHashConfig {
    MinimumRingSize = 1024
    MaximumRingSize = 8192
  }
  HashPolicies = [
    { Field = "header", FieldValue = "x-user-id" },
    { SourceIP = true, Terminal = true },
  ]
}
Failover = {
  "*" = { Datacenters = ["dc2"] }
}
