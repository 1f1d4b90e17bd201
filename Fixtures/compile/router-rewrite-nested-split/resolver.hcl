Kind = "service-resolver"
Name = "checkout"
DefaultSubset = "stable"
Subsets = {
  stable = { Filter = "Service.Meta.track == stable" }
  next   = { Filter = "Service.Meta.track == next", OnlyPassing = true }
}
LoadBalancer {
  Policy = "least_request"
  LeastRequestConfig { ChoiceCount = 4 }
}
