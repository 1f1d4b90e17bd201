Name, Kind = "x"
