kind = "service-resolver"
name = "legacy-db"
redirect {
  service    = "db"
  datacenter = "dc-west"
}
