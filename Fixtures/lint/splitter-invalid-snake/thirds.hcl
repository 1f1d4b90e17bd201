kind = "service-splitter"
name = "thirds"
splits = [
  { weight = 33.333, service_subset = "a" },
  { weight = 33.333, service_subset = "b" },
  { weight = 33.334, service_subset = "c" },
]
