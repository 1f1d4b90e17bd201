Kind = "service-resolver"
Name = "c"
Redirect {
  Service = "a"
}
