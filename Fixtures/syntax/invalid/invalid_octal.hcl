Port = 089
