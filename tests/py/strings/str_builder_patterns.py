parts = []
for i in range(20):
    parts.append(str(i))
s = ','.join(parts)
print(s, len(s))
acc = ''
for c in 'abcdef':
    acc = c + acc
print(acc)
print('-' * 20)
print(''.join(['%02x' % b for b in b'\x00\x10\xff']))
