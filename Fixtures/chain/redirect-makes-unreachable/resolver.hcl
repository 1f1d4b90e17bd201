Kind = "service-resolver"
Name = "web"
ConnectTimeout = "3s"
DefaultSubset = "v1"
Subsets = {
  v1 = { Filter = "Service.Meta.version == v1" }
}
LoadBalancer {
  Policy = "least_request"
}
Redirect {
  Service = "web-v2"
}
