recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
l = [3, -1, 2, -5]
l.sort(key=abs)
print(l)
