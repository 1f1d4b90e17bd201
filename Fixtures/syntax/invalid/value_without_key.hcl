= "web"
Name = "x"
