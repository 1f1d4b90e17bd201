Kind = "service-splitter"
Splits = [{ Weight = 100 }]