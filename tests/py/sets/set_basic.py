s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 not in s)
s.add(10)
s.add(1)
s.discard(3)
s.discard(99)
print(sorted(s))
s.remove(10)
try:
    s.remove(10)
except KeyError:
    print('KeyError remove')
print(sorted(set('hello')), set(), len(set([1, 1, 1])), type({1}).__name__)
e = s.pop()
print(len(s), e in (1, 2))
s.clear()
print(len(s), s == set())
