config_entries {
  bootstrap = [
    {
      kind = "service-splitter"
      name = "web"
      splits = [{ weight = 90 }, { weight = 20, service = "b" }]
    },
    {
      kind = "service-defaults"
      name = "web"
      protocol = "https"
    },
  ]
}
