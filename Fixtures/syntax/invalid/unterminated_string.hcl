Name = "web
