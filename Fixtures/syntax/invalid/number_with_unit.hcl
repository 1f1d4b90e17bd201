ConnectTimeout = 10s
