Name = "web"
]
