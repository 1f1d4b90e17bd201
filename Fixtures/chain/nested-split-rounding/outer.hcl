Kind = "service-splitter"
Name = "outer"
Splits = [
  { Weight = 33.33, Service = "inner" },
  { Weight = 66.67 },
]
