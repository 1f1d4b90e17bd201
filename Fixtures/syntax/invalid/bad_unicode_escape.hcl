Name = "\u12"
