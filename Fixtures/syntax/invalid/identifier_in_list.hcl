List = [a, "b"]
