Filter = <<EOF
Service.Meta.version == v1
