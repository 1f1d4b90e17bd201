Kind = "service-resolver"
Name = "a"
LoadBalancer {
  Policy = "maglev"
  HashPolicies = [{ Field = "header", FieldValue = "x-user" }]
}
