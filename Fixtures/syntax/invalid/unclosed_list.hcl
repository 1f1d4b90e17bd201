Splits = [
  { Weight = 100 },
