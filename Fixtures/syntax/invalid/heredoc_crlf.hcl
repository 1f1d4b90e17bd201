Filter = <<EOF
body
EOT
