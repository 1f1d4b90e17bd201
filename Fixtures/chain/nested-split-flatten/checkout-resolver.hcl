Kind = "service-resolver"
Name = "checkout"
DefaultSubset = "stable"
Subsets = {
  stable = { Filter = "Service.Meta.version == v1" }
  next   = { Filter = "Service.Meta.version == v2" }
}
