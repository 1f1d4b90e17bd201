Kind = "service-splitter"
Name = "outer"
Splits = [
  {
    Weight  = 100
    Service = "inner"
    RequestHeaders {
      Set = { "x-from" = "outer", "x-outer" = "1" }
    }
  },
]
