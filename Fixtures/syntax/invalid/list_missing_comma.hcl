Splits = [
  { Weight = 90 }
  { Weight = 10 }
]
