# Closures and generators: generator pipelines, yield from, closures with nonlocal state.


def counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n
    return step


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def scaled(src, k):
    for v in src:
        yield v * k


def chained(limit):
    yield from numbers(limit // 2)
    yield from numbers(limit // 2)


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


total = 0
for _ in range(35):
    total += sum(scaled(evens(numbers(100000)), 3))
    total += sum(x for x in chained(100000) if x & 1)
step = counter()
for _ in range(100000):
    step()
adders = make_adders(50)
acc = 0
for i in range(4000):
    acc = adders[i % 50](acc) % 100003
print(total, step(), acc)
