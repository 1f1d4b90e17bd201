Kind = "service-splitter"
Name = "thirds"
Splits = [
  { Weight = 33.333, ServiceSubset = "a" },
  { Weight = 33.333, ServiceSubset = "b" },
  { Weight = 33.334, ServiceSubset = "c" },
]
