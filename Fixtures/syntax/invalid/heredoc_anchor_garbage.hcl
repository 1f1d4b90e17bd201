Filter = <<EOF trailing
body
EOF
