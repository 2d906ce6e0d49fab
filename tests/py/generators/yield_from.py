def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    a = yield from inner(2)
    b = yield from inner(3)
    yield a + b
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(2))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))
