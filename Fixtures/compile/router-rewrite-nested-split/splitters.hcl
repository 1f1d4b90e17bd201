config_entries {
  bootstrap = [
    {
      Kind = "service-splitter"
      Name = "shop"
      Splits = [
        { Weight = 50 },
        { Weight = 50, Service = "checkout", RequestHeaders { Add { "x-from" = "shop" } } },
      ]
    },
    {
      Kind = "service-splitter"
      Name = "checkout"
      Splits = [
        { Weight = 80, ServiceSubset = "stable" },
        { Weight = 20, ServiceSubset = "next", RequestHeaders { Set { "x-canary" = "1" }, Remove = ["x-debug"] } },
      ]
    },
  ]
}
