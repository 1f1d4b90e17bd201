Kind = "service-resolver"
Name = "web"
Subsets = {
  v1  = { Filter = "Service.Meta.version == v1" }
  v3  = { Filter = "Service.Meta.version == v3" }
  dc1 = { Filter = "Node.Datacenter == dc1" }
}
