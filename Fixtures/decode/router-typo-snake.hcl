kind = "service-router"
name = "web"
routes = [
  {
    match {
      http {
        path_prefx = "/v2"
        namespace = "x"
      }
    }
    destination {
      service         = "web-v2"
      request_timeout = "10"
      idle_timeout    = 5
      num_retries     = "three"
    }
  },
]
