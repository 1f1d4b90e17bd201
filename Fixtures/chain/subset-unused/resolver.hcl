Kind = "service-resolver"
Name = "web"
DefaultSubset = "v1"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
  v2 = { Filter = "Service.Meta.version == v2" }
  v3 = { Filter = "Service.Meta.version == v3" }
}
