Kind     = "service-defaults"
Name     = "payments-api"
Protocol = "tcp"
Destination {
  Addresses = ["api.payments.example.com", "203.0.113.10"]
  Port      = 443
}
