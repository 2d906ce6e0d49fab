s = {x % 5 for x in range(20)}
print(sorted(s))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print(sorted({w[0] for w in words}))
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print(len({n * n for n in range(-5, 6)}))
