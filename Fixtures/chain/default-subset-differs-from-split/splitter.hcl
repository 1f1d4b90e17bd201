Kind = "service-splitter"
Name = "web"
Splits = [
  { Weight = 100, ServiceSubset = "v2" },
  { Weight = 0, ServiceSubset = "v1" },
]
