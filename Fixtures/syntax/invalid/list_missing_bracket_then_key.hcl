Routes = [
  { Match { HTTP { PathPrefix = "/" } } }
Name = "web"
