Kind = "service-splitter"
Name = "inner"
Splits = [
  { Weight = 33.33, Service = "x" },
  { Weight = 33.33, Service = "y" },
  { Weight = 33.34, Service = "z" },
]
