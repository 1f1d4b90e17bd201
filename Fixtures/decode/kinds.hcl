KIND = "service-router"
Name = "web"
