Name = "cafÿ"
Kind = "xþ"
