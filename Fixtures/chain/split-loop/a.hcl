Kind = "service-splitter"
Name = "a"
Splits = [
  { Weight = 50 },
  { Weight = 50, Service = "b" },
]
