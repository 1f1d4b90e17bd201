# A canary between two subsets of the same service.
Kind = "service-splitter"
Name = "api"
Splits = [
  {
    Weight        = 90
    ServiceSubset = "v1"
  },
  {
    Weight        = 10
    ServiceSubset = "v2"
    ResponseHeaders {
      Set = { "x-canary" = "true" }
    }
  },
]
