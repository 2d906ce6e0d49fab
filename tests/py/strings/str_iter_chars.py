s = 'héllo wörld'
print(len(s), s[1], s[-3], list(s[:3]))
for i, c in enumerate('abc'):
    print(i, c, ord(c))
print([c for c in 'a1b2' if c.isdigit()])
print(''.join(reversed('stressed')))
print(chr(65), chr(8364), ord('€'), chr(0x1f600) == '\U0001f600')
