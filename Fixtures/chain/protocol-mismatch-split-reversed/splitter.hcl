Kind = "service-splitter"
Name = "web"
Splits = [
  { Weight = 10, Service = "web-next" },
  { Weight = 90 },
]
