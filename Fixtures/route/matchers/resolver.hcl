Kind = "service-resolver"
Name = "api"
Subsets = {
  exact   = { Filter = "Service.Meta.route == exact" }
  regex   = { Filter = "Service.Meta.route == regex" }
  ci      = { Filter = "Service.Meta.route == ci" }
  hregex  = { Filter = "Service.Meta.route == hregex" }
  hinvert = { Filter = "Service.Meta.route == hinvert" }
  hsuffix = { Filter = "Service.Meta.route == hsuffix" }
  absent  = { Filter = "Service.Meta.route == absent" }
  qexact  = { Filter = "Service.Meta.route == qexact" }
  qregex  = { Filter = "Service.Meta.route == qregex" }
  qpresent = { Filter = "Service.Meta.route == qpresent" }
  write   = { Filter = "Service.Meta.route == write" }
}
