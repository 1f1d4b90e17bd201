Kind     = "service-resolver"
Name     = "old"
Redirect {}
