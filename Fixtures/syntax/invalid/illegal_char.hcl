Name = "web"
@Kind = "x"
