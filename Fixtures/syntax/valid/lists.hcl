Empty = []
Strings = ["a", "b", "c",]
Nested = [[1, 2], [], ["x"]]
Mixed = [1, "two", 3.0, true, { k = "v" }, [ ]]
Multiline = [
  "a",
  "b"
]
