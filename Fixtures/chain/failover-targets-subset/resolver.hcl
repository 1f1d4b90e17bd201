Kind = "service-resolver"
Name = "db"
DefaultSubset = "primary"
Subsets = {
  primary = { Filter = "Service.Meta.role == primary" }
  replica = { Filter = "Service.Meta.role == replica" }
}
Failover = {
  primary = {
    Targets = [
      { ServiceSubset = "replica" },
      { Datacenter = "dc2" },
    ]
  }
}
