Filter = <<
body
