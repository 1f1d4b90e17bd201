Meta {
  , a = "b"
}
