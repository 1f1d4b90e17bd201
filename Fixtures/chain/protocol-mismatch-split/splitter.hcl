Kind = "service-splitter"
Name = "web"
Splits = [
  { Weight = 90 },
  { Weight = 10, Service = "web-next" },
]
