Header = [{ Name = "x-version" Exact = "2" }, { Name = "y", Exact = "3", }]
