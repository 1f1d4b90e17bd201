Routes {
  Destination { Service = "a" }
}
Routes {
  Destination { Service = "b" }
}
Name = "x"
Name = "y"
