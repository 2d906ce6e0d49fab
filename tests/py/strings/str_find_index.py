s = 'hello world, hello'
print(s.find('hello'), s.find('hello', 1), s.find('zz'), s.rfind('hello'), s.rfind('o', 0, 8))
print(s.index('world'), s.rindex('l'), s.find(''), s.rfind(''), s.find('o', -5))
print(s.count('l'), s.count('hello'), s.count(''), s.count('l', 5, 12))
try:
    s.index('xyz')
except ValueError:
    print('ValueError index')
try:
    s.rindex('xyz')
except ValueError:
    print('ValueError rindex')
print('abc'.find('c', 1, 2), 'abc'.find('c', 1, 3))
