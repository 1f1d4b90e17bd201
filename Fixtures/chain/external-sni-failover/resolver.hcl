Kind = "service-resolver"
Name = "ext"
Failover = {
  "*" = {
    Datacenters = ["dc2"]
  }
}
