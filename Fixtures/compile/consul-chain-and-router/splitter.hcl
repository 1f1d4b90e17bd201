Kind = "service-splitter"
Name = "split-3-ways"
Splits = [
  { Weight = 95.5, Service = "big-side" },
  { Weight = 4, Service = "goldilocks-side" },
  { Weight = 0.5, Service = "lil-bit-side" },
]
