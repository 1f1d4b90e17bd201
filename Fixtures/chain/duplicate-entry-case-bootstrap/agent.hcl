config_entries {
  bootstrap = [
    {
      Kind     = "service-defaults"
      Name     = "web"
      Protocol = "http"
    },
    {
      Kind     = "service-defaults"
      Name     = "Web"
      Protocol = "http"
    },
  ]
}
