Kind           = "service-resolver"
Name           = "api"
DefaultSubset  = "v3"
ConnectTimeout = "-1s"
RequestTimeout = 5
Subsets = {
  V1 = { Filter = "Service.Meta.version == v1" }
  v2 = { Filter = "Service.Meta.version == v2" }
}
Failover = {
  v9 = { Datacenters = ["dc2"] }
  v2 = { ServiceSubset = "v7", Namespace = "ns1" }
  "*" = {
    Service     = "api-b"
    Datacenters = ["dc2", "", "dc2"]
    Targets     = [{ Peer = "p1", Datacenter = "dc2" }, { ServiceSubset = "v8" }]
  }
}
PrioritizeByLocality {
  Mode = "failover"
}
LoadBalancer {
  Policy         = "least_conn"
  RingHashConfig {
    MinimumRingSize = 10000
    MaximumRingSize = 8192
  }
  HashPolicies = [
    { Field = "path", FieldValue = "x" },
    { SourceIP = true, FieldValue = "y" },
    { Terminal = true },
  ]
}
