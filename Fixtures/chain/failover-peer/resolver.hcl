Kind = "service-resolver"
Name = "db"
Failover = {
  "*" = {
    Targets = [
      { Peer = "east" },
    ]
  }
}
