print(..., Ellipsis, ... is Ellipsis)
print(None, type(None).__name__)
def f():
    ...
print(f())
x = [1, ..., 3]
print(x)
print(repr(None), str(None))
