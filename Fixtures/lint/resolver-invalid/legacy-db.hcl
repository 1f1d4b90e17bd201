Kind           = "service-resolver"
Name           = "legacy-db"
ConnectTimeout = "2s"
Redirect {
  Service       = "legacy-db"
  ServiceSubset = "v1"
  Peer          = "east"
  Datacenter    = "dc2"
  Namespace     = "x"
}
Failover = {
  "*" = {}
}
