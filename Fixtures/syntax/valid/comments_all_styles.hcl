# hash comment
// slash comment
/* block
   comment */
Kind = "service-defaults" # trailing

// detached

/* lead */ Name = "web" // line
