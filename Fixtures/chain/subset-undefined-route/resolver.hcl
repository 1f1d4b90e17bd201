Kind = "service-resolver"
Name = "api"
Subsets = {
  v1 = {
    Filter = "Service.Meta.version == v1"
  }
}
