Routes = [
  {
    Weight = 1
]
