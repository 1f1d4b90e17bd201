Kind = "service-resolver"
Name = "db"
ConnectTimeout = "2s"
Failover = {
  "*" = {
    Datacenters = ["dc1", "dc2", "dc3"]
  }
}
