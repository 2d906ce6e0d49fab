s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('x', 'y'))
print('aaa'.replace('a', 'aa'), 'abc'.replace('b', ''))
print('  '.replace(' ', '_'), s.replace('one', 'ONE', 0))
