kind            = "service-resolver"
name            = "legacy-db"
connect_timeout = "2s"
redirect {
  service        = "legacy-db"
  service_subset = "v1"
  peer           = "east"
  datacenter     = "dc2"
  namespace      = "x"
}
failover = {
  "*" = {}
}
