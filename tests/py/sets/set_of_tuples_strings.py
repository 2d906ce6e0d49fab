pts = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(sorted(pts), (1, 2) in pts)
letters = set('mississippi')
print(sorted(letters), len(letters))
print(sorted(set(range(10)) - set(range(0, 10, 3))))
a = frozenset('ab')
b = frozenset('bc')
print(sorted(a | b), sorted(a & b), a < a | b)
