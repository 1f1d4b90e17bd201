kind = "service-splitter"
name = "billing"
splits = [
  { weight = 110, service = "" },
  { weight = -10, service = "billing" },
  { weight = 0.004, service = "billing-v2" },
  { weight = 0, service = "billing-v2", request_headers { set = { x-v = "2" } } },
]
