pairs = {'a': 1, 'b': 2}
for k, v in pairs.items():
    print(k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2], *(3,), 4), f(1, *range(2, 4), d=4))
head, *tail = 'hello'
print(head, ''.join(tail))
