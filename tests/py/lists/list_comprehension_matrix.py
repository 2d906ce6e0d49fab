n = 4
ident = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
print(ident)
m = [[i * n + j for j in range(n)] for i in range(n)]
t = [list(r) for r in zip(*m)]
print(t)
prod = [[sum(a * b for a, b in zip(row, col)) for col in zip(*m)] for row in m]
print(prod[0], prod[-1])
