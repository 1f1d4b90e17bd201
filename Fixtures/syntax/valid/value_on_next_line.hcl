Kind =
  "service-defaults"
List =
[
  1
]
