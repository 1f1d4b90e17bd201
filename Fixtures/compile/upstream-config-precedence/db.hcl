Kind           = "service-resolver"
Name           = "db"
RequestTimeout = "20s"
Failover = {
  "*" = { Datacenters = ["dc2"] }
}
