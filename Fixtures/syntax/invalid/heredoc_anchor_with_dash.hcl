A = <<EO-F
x
EO-F
