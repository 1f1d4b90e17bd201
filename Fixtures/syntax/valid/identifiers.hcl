path_prefix = "/"
max-conns = 1
a.b.c = true
_private = false
Name2 = "x"
名前 = "unicode letters"
