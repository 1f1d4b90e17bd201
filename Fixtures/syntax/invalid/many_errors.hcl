Kind = 
Name "x"
Routes = [ { a = } ]
Protocol = "http
Meta { k = 1 
