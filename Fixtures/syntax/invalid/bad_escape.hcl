Name = "bad \q escape"
