print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({w: len(w) for w in ['aa', 'b', 'ccc'] if len(w) > 1})
print([x for x in [y * 2 for y in range(5)] if x > 2])
