def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
print(take(5, naturals()), take(3, (x * x for x in naturals() if x % 2)))
print(sum(x for x in range(100000)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(10, primes()))
