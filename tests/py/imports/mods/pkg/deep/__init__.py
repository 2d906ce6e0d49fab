DEEP = 'deep init'
