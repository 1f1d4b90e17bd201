Kind = "service-resolver"
Name = "db"
Failover = {
  "*" = {
    Targets = [
      { Peer = "east" },
    ]
  }
}
DefaultSubset = "v1"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
}
