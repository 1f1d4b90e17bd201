Kind = "service-splitter"
Name = "api"
Splits = [
  { Weight = 33.33 },
  { Weight = 33.33, Service = "api-v2", ResponseHeaders { Set { "x-split-leg" = "v2" } } },
  { Weight = 33.34, Service = "api-legacy" },
]
