Name
Kind = "x"
