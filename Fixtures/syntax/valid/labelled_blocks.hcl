Subsets "v1" {
  Filter = "Service.Meta.version == v1"
}
Subsets "v2" "extra" {
  Filter = "x"
}
