Kind = "service-router"
Name = "web"
Routes = [
  {
    Match {
      HTTP {
        PathPrefix      = "/API/"
        CaseInsensitive = true
      }
    }
    Destination {
      Service = "api"
    }
  },
  {
    Match {
      HTTP {
        PathExact = "/api/health"
        Methods   = ["GET"]
      }
    }
    Destination {
      Service = "health"
    }
  },
  {
    Match {
      HTTP {
        Methods = ["POST", "PUT"]
      }
    }
    Destination {
      Service = "writer"
    }
  },
  {
    Match {
      HTTP {
        PathPrefix = "/upload/"
        Methods    = ["PUT"]
        Header = [
          { Name = "x-tenant", Present = true },
        ]
      }
    }
    Destination {
      Service = "uploads"
    }
  },
  {
    Destination {
      Service = "legacy"
    }
  },
  {
    Match {
      HTTP {
        PathPrefix = "/static/"
      }
    }
  },
]
