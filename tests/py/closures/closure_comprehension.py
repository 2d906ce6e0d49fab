def f(n):
    return [lambda x: x + n for _ in range(2)]
print([g(1) for g in f(10)])
def g(k):
    return {i: i * k for i in range(3)}
print(g(5))
def h():
    base = 7
    return list(x + base for x in range(3))
print(h())
