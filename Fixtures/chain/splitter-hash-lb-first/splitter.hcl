Kind = "service-splitter"
Name = "web"
Splits = [
  { Weight = 50, Service = "a" },
  { Weight = 50, Service = "b" },
]
