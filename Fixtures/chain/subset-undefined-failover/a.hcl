Kind = "service-resolver"
Name = "a"
Failover = {
  "*" = {
    Service       = "b"
    ServiceSubset = "backup"
  }
}
