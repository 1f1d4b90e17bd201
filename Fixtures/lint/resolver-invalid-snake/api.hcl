kind            = "service-resolver"
name            = "api"
default_subset  = "v3"
connect_timeout = "-1s"
request_timeout = 5
subsets = {
  V1 = { filter = "Service.Meta.version == v1" }
  v2 = { filter = "Service.Meta.version == v2" }
}
failover = {
  v9 = { datacenters = ["dc2"] }
  v2 = { service_subset = "v7", namespace = "ns1" }
  "*" = {
    service     = "api-b"
    datacenters = ["dc2", "", "dc2"]
    targets     = [{ peer = "p1", datacenter = "dc2" }, { service_subset = "v8" }]
  }
}
prioritize_by_locality {
  mode = "failover"
}
load_balancer {
  policy           = "least_conn"
  ring_hash_config {
    minimum_ring_size = 10000
    maximum_ring_size = 8192
  }
  hash_policies = [
    { field = "path", field_value = "x" },
    { source_ip = true, field_value = "y" },
    { terminal = true },
  ]
}
