s = 'añb日c😀'
print([s[i] for i in range(-len(s), 0)])
print(s[1:4], s[-2:], s[::-2], s.find('c'), s.rfind('ñ'))
print([c for c in reversed(s)], len(s[2]))
