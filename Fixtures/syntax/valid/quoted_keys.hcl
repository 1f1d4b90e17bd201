Subsets = {
  "v1" = {
    Filter = "Service.Meta.version == v1"
  }
  "with space" = 1
  "esc\"aped" = 2
}
