import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)))
print(all(random.randrange(10) < 10 for _ in range(100)), all(random.randrange(5, 15, 5) in (5, 10) for _ in range(50)))
print(all(0 <= random.getrandbits(8) < 256 for _ in range(100)))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)))
print(random.choice('abc') in 'abc', random.choice([7]))
seen = set(random.randint(0, 3) for _ in range(500))
print(sorted(seen))
try:
    random.choice([])
except IndexError:
    print('IndexError empty choice')
