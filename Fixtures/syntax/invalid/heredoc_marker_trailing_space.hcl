A = <<EOF
body
EOF   
B = 1
