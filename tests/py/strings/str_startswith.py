s = 'filename.py'
print(s.startswith('file'), s.startswith('name'), s.endswith('.py'), s.endswith('.c'))
print(s.startswith('name', 4), s.endswith('file', 0, 4))
print(''.startswith(''), 'a'.endswith(''))
