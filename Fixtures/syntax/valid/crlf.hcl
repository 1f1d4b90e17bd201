Kind = "service-defaults"
Name = "web"
# comment
Meta {
  a = "b"
}
