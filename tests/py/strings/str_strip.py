print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(repr('\t\n x \r\n'.strip()), repr(''.strip()), repr('aaa'.strip('a')))
