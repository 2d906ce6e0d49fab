s = {1, 2, 3}
print(sorted(s.union('ab', range(2)), key=str), sorted(s.intersection([2, 3, 4], (3,))))
print(sorted(s.difference(range(2), [3])), sorted(s.symmetric_difference([3, 4])))
print(s.issubset(range(5)), s.issuperset([1, 1, 2]), s.isdisjoint('xyz'))
u = set()
u.update('ab', [1], (2,))
print(sorted(u, key=str))
