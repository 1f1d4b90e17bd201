Kind = "service-resolver"
Name = "api"
DefaultSubset = "v3"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
}
