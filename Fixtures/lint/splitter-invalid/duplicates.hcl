Kind = "service-splitter"
Name = "billing"
Splits = [
  { Weight = 110, Service = "" },
  { Weight = -10, Service = "billing" },
  { Weight = 0.004, Service = "billing-v2" },
  { Weight = 0, Service = "billing-v2", RequestHeaders { Set = { x-v = "2" } } },
]
