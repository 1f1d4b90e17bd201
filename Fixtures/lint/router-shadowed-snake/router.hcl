kind = "service-router"
name = "web"
routes = [
  {
    match {
      http {
        path_prefix      = "/API/"
        case_insensitive = true
      }
    }
    destination {
      service = "api"
    }
  },
  {
    match {
      http {
        path_exact = "/api/health"
        methods    = ["GET"]
      }
    }
    destination {
      service = "health"
    }
  },
  {
    match {
      http {
        methods = ["POST", "PUT"]
      }
    }
    destination {
      service = "writer"
    }
  },
  {
    match {
      http {
        path_prefix = "/upload/"
        methods     = ["PUT"]
        header = [
          { name = "x-tenant", present = true },
        ]
      }
    }
    destination {
      service = "uploads"
    }
  },
  {
    destination {
      service = "legacy"
    }
  },
  {
    match {
      http {
        path_prefix = "/static/"
      }
    }
  },
]
