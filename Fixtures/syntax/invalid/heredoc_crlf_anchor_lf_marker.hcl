Kind = "service-resolver"
Name = "web"
Description = <<EOF
line one
EOF
