Protocol = http
