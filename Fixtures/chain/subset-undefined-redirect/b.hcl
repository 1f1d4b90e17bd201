Kind = "service-resolver"
Name = "b"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
}
