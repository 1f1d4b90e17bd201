Kind = "service-resolver"
Name = "a"
Redirect {
  Service       = "b"
  ServiceSubset = "v9"
}
