// Placeholder: the parse-throughput benchmark lands with the HCL front end.
print("centry-bench: not implemented yet")
