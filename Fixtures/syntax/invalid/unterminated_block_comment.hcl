Name = "web"
/* never closed
