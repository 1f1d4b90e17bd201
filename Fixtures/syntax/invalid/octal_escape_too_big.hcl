Name = "\400"
