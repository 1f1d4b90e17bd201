Kind = "service-splitter"
Name = "shop"
Splits = [
  { Weight = 50 },
  { Weight = 50, Service = "checkout" },
]
