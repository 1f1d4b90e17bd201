Kind = "service-splitter"
Name = "inner"
Splits = [
  {
    Weight = 100
    RequestHeaders {
      Set = { "x-from" = "inner" }
    }
  },
]
