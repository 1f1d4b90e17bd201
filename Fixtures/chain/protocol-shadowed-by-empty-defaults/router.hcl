Kind = "service-router"
Name = "foo"
Routes = [
  {
    Destination {
      RequestTimeout = "1s"
    }
  },
]
