Name = = "web"
