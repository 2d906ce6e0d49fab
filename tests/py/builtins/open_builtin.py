fn = 'tmp_open_builtin.txt'
with open(fn, 'w') as f:
    n = f.write('line1\nline2\n')
print(n)
with open(fn) as f:
    print(repr(f.read()))
with open(fn, 'a') as f:
    f.write('line3\n')
with open(fn, 'r') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(fn, 'rb') as f:
    print(f.read(5))
with open(fn) as f:
    print([l.strip() for l in f])
import os
os.remove(fn)
