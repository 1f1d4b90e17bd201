Kind = "service-resolver"
Name = "cart"
LoadBalancer {
  Policy = "least_request"
  LeastRequestConfig {
    ChoiceCount = 5
  }
}
