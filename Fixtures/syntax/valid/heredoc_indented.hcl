Body = <<-EOT
    line one
      line two
    EOT
Mixed = <<-EOT
    kept
  as is
    EOT
