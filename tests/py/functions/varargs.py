def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, b, *rest):
    return a, b, rest
print(g(1, 2), g(1, 2, 3, 4))
print(f(*range(3)), f(*'ab', *[None]))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4))
print(type(f()).__name__)
