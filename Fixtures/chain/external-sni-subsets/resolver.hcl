Kind = "service-resolver"
Name = "ext"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
}
