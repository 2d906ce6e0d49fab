s = set(range(20))
evens = {x for x in s if x % 2 == 0}
print(sorted(evens), len(s - evens))
total = 0
for v in s:
    total += v
print(total, sum(s), min(s), max(s))
print(sorted(set('hello world') - set(' ')), len(set([1, 1.0, True])))
print(set([1, 2]) == frozenset([2, 1]), {1, 2} != {1, 3})
