Name = "web"
Kind =