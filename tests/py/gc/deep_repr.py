l = []
for _ in range(20000):
    l = [l]
try:
    repr(l)
    print('repr fine')
except RuntimeError:
    print('RuntimeError')
d = {}
for _ in range(20000):
    d = {'k': d}
try:
    str(d)
    print('str fine')
except RuntimeError:
    print('RuntimeError dict')
print('alive')
