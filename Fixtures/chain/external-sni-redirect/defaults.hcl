Kind = "service-defaults"
Name = "ext"
ExternalSNI = "ext.example.com"
