Kind = "service-resolver"
Name = "db"
Redirect {
  Datacenter = "dc2"
}
