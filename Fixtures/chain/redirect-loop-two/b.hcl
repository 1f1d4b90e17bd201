Kind = "service-resolver"
Name = "b"
Redirect {
  Service = "a"
}
