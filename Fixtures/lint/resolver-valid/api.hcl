# Version subsets, a default subset, failover to another DC and to a subset.
Kind           = "service-resolver"
Name           = "api"
DefaultSubset  = "v1"
ConnectTimeout = "3s"
Subsets = {
  v1 = {
    Filter      = "Service.Meta.version == v1"
    OnlyPassing = true
  }
  v2 = {
    Filter = "Service.Meta.version == v2"
  }
}
Failover = {
  v2 = {
    ServiceSubset = "v1"
  }
  "*" = {
    Datacenters = ["dc2", "dc3"]
  }
}
