Name = "web"
