# The same entry with Consul's snake_case aliases (lower case where a field has none), and the
# labelled-block form of the maps.
kind           = "service-resolver"
name           = "api"
partition      = "part-a"
namespace      = "ns-a"
default_subset = "v1"
subsets "v1" {
  filter       = "Service.Meta.version == v1"
  only_passing = true
}
subsets "v2" {
  filter = "Service.Meta.version == v2"
}
redirect {
  service        = "api-b"
  service_subset = "v1"
  namespace      = "ns-b"
  partition      = "part-b"
  datacenter     = "dc2"
  peer           = "east"
  sameness_group = "sg"
}
failover "v2" {
  service        = "api"
  service_subset = "v1"
  namespace      = "ns-c"
  datacenters    = ["dc2", "dc3"]
  policy {
    mode    = "sequential"
    regions = ["us-east-1"]
  }
  sameness_group = "sg2"
}
failover "*" {
  targets {
    service        = "api"
    service_subset = "v1"
    partition      = "part-c"
    namespace      = "ns-d"
    datacenter     = "dc4"
    peer           = "west"
  }
}
connect_timeout = "3s"
request_timeout = "1m30s"
prioritize_by_locality {
  mode = "failover"
}
load_balancer {
  policy = "ring_hash"
  ring_hash_config {
    minimum_ring_size = 1024
    maximum_ring_size = 8192
  }
  least_request_config {
    choice_count = 4
  }
  hash_policies {
    field       = "header"
    field_value = "x-user-id"
    terminal    = true
  }
  hash_policies {
    field       = "cookie"
    field_value = "sid"
    cookie_config {
      session = false
      ttl     = "1h"
      path    = "/"
    }
  }
  hash_policies {
    source_ip = true
  }
}
meta {
  owner = "team-a"
}
createindex = 0
modifyindex = 0
