Kind = "service-splitter"
Name = "checkout"
Splits = [
  { Weight = 80, ServiceSubset = "stable" },
  { Weight = 20, ServiceSubset = "next" },
]
