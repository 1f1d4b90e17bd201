Kind = "service-splitter"
Name = "b"
Splits = [
  { Weight = 50 },
  { Weight = 50, Service = "a" },
]
