Name = "\xZZ"
