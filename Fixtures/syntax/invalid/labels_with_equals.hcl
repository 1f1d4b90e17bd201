Subsets "v1" = {
  Filter = "x"
}
