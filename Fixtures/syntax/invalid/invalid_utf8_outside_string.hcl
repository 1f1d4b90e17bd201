Name = "web"
Ã( = 1
