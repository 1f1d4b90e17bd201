Checks = true
Disabled = false
List = [true, false]
