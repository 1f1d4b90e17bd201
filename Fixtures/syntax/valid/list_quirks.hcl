Odd = [, 1,, 2,]
Nested = [[1] [2] ["x"]]
