print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b'.partition('::'), ''.partition('x'))
try:
    'a'.partition('')
except ValueError:
    print('ValueError empty sep')
