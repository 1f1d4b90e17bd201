config_entries {
  bootstrap = [
    { Kind = "service-defaults", Name = "shop", Protocol = "http" },
    { Kind = "service-defaults", Name = "checkout", Protocol = "http" },
  ]
}
