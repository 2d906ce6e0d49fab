import random
def draw(seed):
    random.seed(seed)
    return [random.getrandbits(16) for _ in range(5)] + [random.randint(0, 100) for _ in range(5)]
a = draw(7)
b = draw(7)
c = draw(8)
print(a == b, a != c, all(0 <= v < 65536 for v in a[:5]), all(0 <= v <= 100 for v in a[5:]))
