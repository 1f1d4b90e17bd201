Meta {
  Tags = ["a", "b"
}
