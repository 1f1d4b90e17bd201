Filter = <<EOF
Service.Meta.version == v1
  indented line
EOF
Next = 1
