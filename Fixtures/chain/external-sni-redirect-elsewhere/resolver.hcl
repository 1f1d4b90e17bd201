Kind = "service-resolver"
Name = "ext"
Redirect {
  Service = "ext-proxy"
}
