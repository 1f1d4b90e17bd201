Name: "web"
