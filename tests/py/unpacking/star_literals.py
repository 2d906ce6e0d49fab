a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*'hi', 0])
print({**{'x': 1}, 'y': 2, **dict(z=3)})
print([*range(3), *[], *()], (*a,))
print(*a, *b, sep='|')
def f(*args):
    return args
print(f(*a, 10, *b))
