Kind = "service-resolver"
Name = "ext"
Redirect {
  Datacenter = "dc2"
}
