Kind = "service-resolver"
Name = "web"
Subsets = {
  v1     = { Filter = "Service.Meta.version = v1" }
  v2     = { Filter = "Service.Metaa.version == v2" }
  canary = { Filter = "Service.Tags == canary" }
  ok     = { Filter = "Checks.Status == passing" }
}
