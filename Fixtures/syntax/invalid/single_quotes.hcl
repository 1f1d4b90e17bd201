Name = 'web'
