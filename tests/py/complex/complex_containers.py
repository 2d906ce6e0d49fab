vals = [1j, 2 + 0j, -1 - 1j, 0j]
print(vals, sum(vals), [abs(v) for v in vals])
print({1j: 'i'}[1j], 1j in vals, vals.index(0j))
print(sorted(vals, key=abs), max(vals, key=lambda c: c.imag))
