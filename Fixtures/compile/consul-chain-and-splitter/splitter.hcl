Kind = "service-splitter"
Name = "db"
Splits = [
  {
    Weight          = 1
    Service         = "db"
    RequestHeaders  { Set = { "x-split-leg" = "db" } }
    ResponseHeaders { Set = { "x-split-leg" = "db" } }
  },
  {
    Weight          = 95.5
    Service         = "big-side"
    RequestHeaders  { Set = { "x-split-leg" = "big" } }
    ResponseHeaders { Set = { "x-split-leg" = "big" } }
  },
  {
    Weight          = 3
    Service         = "goldilocks-side"
    RequestHeaders  { Set = { "x-split-leg" = "goldilocks" } }
    ResponseHeaders { Set = { "x-split-leg" = "goldilocks" } }
  },
  {
    Weight          = 0.5
    Service         = "lil-bit-side"
    RequestHeaders  { Set = { "x-split-leg" = "small" } }
    ResponseHeaders { Set = { "x-split-leg" = "small" } }
  },
]
