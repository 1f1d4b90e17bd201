Kind   = "service-splitter"
Name   = "empty"
Splits = []
