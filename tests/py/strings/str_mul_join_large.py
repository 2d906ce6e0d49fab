s = 'ab' * 5000
print(len(s), s[:6], s.count('ab'), s.find('ba'), s.rfind('ab'))
j = '-'.join(['x'] * 3000)
print(len(j), j.count('-'), j[-3:])
print(len(str(list(range(1000)))))
