s = ' a\tb\nc\r\nd\x0be\x0cf  '
print(s.split(), len(s.split()))
print('a  b'.split(' '), 'a\tb'.split('\t'), '\n'.split('\n'))
print('  x  '.split(None), ' '.join('x y  z'.split()))
