def outer(a, b=2, *args, c, d=4, **kw):
    def inner(x, y=b, *, z=d) -> int:
        return x + y + z + a + c
    return inner(1), inner(1, 10, z=100), args, sorted(kw)
print(outer(1, c=3))
print(outer(1, 5, 6, 7, c=3, d=0, e=9))
