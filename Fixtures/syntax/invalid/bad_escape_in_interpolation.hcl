A = "${lookup(\q)}"
