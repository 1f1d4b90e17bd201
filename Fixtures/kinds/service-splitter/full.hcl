# Every field of service-splitter (decoding fixture).
Kind      = "service-splitter"
Name      = "web"
Partition = "part-a"
Namespace = "ns-a"
Splits = [
  {
    Weight        = 33.33
    Service       = "web"
    ServiceSubset = "v1"
    Namespace     = "ns-b"
    Partition     = "part-b"
    RequestHeaders {
      Add    = { "x-a" = "1" }
      Set    = { "x-s" = "2" }
      Remove = ["x-r"]
    }
    ResponseHeaders {
      Add    = { "x-ra" = "3" }
      Set    = { "x-rs" = "4" }
      Remove = ["x-rr"]
    }
  },
  {
    Weight  = 66.67
    Service = "web-v2"
  },
]
Meta {
  owner = "team-a"
}
CreateIndex = 0
ModifyIndex = 0
