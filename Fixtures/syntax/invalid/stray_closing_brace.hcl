Name = "web"
}
Kind = "x"
