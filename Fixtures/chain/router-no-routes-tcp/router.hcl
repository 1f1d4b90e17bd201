Kind = "service-router"
Name = "web"
