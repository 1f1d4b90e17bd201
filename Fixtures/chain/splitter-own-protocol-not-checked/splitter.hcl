Kind = "service-splitter"
Name = "web"
Splits = [
  { Weight = 50, Service = "web-a" },
  { Weight = 50, Service = "web-b" },
]
