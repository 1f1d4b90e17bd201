A = <<EOF
line
EOF
B = "after"
