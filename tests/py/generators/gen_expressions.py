g = (x * x for x in range(5))
print(next(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(max(len(w) for w in 'a bb ccc'.split()))
print(list((a, b) for a in range(2) for b in 'xy'))
print(tuple(i for i in []))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
n = 10
g = (i + n for i in range(2))
n = 20
print(list(g))
