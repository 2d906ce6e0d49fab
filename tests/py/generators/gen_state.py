def g():
    yield 1
    yield 2
it = g()
print(iter(it) is it)
print(list(it), list(it))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def running():
    yield gen_obj.__class__.__name__
gen_obj = running()
print(next(gen_obj))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError:
    print('ValueError: generator already executing')
