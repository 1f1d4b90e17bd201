Kind = "service-resolver"
Name = "web-alias"
Redirect {
  Service = "web"
}
