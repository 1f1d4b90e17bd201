Kind = "service-resolver"
Name = "web"
Subsets = {
  v1 = {
    Filter = <<-EOF
      Service.Meta.version == v1
EOF
  }
}
