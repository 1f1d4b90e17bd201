a = 
b = ]
c = "ok"
d { e = }
