print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'abc'], [len(w) for w in 'a bb ccc'.split()])
print([i if i % 2 else -i for i in range(5)])
x = 'outer'
print([x for x in range(3)], x)
