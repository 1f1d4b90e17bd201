kind   = "service-splitter"
name   = "empty"
splits = []
