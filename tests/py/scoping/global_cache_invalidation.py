def f():
    return counter + len([1])
counter = 0
results = []
for i in range(5):
    results.append(f())
    counter += 10
    if i == 2:
        globals()['len'] = lambda x: 100
print(results)
del globals()['len']
print(f())
g = 'first'
def read_g():
    return g
vals = []
for v in ('a', 'b', 'c'):
    vals.append(read_g())
    g = v
print(vals, read_g())
