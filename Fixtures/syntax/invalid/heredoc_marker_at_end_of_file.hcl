A = <<EOF
body
EOF