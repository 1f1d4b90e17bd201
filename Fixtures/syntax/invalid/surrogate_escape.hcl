Name = "\uD800"
