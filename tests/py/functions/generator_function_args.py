def gen(a, *rest, k=0, **kw):
    yield a
    yield from rest
    yield k
    yield from sorted(kw)
print(list(gen(1, 2, 3, k=9, z=0, y=0)))
print(list(gen(0)))
