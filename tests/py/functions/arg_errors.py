def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: f(*[1, 2, 3]),
    lambda: len(),
    lambda: (lambda: 0)(1),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError:
        print('TypeError')
print(f(b=1, a=2))
