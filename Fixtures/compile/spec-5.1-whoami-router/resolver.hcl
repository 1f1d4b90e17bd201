Kind          = "service-resolver"
Name          = "whoami"
DefaultSubset = "v2"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
  v2 = { Filter = "Service.Meta.version == v2" }
}
