Kind =
Name = "web"
